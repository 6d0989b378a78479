"""Personal names found from knowledge (titles, name lists, an English dictionary), without NER."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import PERSON
from recognizers.dates import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from recognizers.name_judge import (
    AGENCY_ACRONYMS,
    LISTED_ROLES,
    NOT_NAME_ABBREVIATIONS,
    ROLE_WORDS,
    in_a_languages_place,
)
from recognizers.person_initials import PEOPLE_VERB_AFTER, in_person_slot, opens_key_entry, words_used_as_names
from recognizers.pseudonyms import is_label_letter, numbered_label_at
from recognizers.public_people import DOTTED_DEGREE, REVIEW_TITLE, SUBJECT_CUES, VALEDICTION
from recognizers.titles import MILITARY, MILITARY_PAIRS, NURSING
from recognizers.world_city import JOURNEY_CUE


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A personal name found in a text.

    Attributes:
        start: Offset of the first character (a title, when there is one, is included).
        end: Offset after the last character (a possessive "'s" is left out).
        score: Confidence, 0..1.
        reason: Which rule found it ("title", "first+surname", "first name" ...).
    """

    start: int
    end: int
    score: float
    reason: str


KNOWN_AS_REASON: Final = "name someone goes by, in quotes"
SPELT_REASON: Final = "a name as a record spelt it"
REMEMBERED_REASON: Final = "the child a review remembers"
KIN_ROW_REASON: Final = "a name in a family table's row or a record's field"
MET_WITH_REASON: Final = "the person an interview or a meeting is with"
VOCATIVE_REASON: Final = "a name called out in quoted speech"
FILE_NAME_REASON: Final = "a name in a document's file name"
SUBJECT_REASON: Final = "the review's subject"  # the child a review is about (rule e), by its cover or title
# The reason given for a name of two dictionary words ("Grace Archer"), weighed again over the whole draft.
WORD_PAIR_REASON: Final = "first+surname (dictionary words)"
# A first name and a surname that is also agency vocabulary ("Blair Foster"): a name only where the draft
# also writes the first name alone as a name (grouping drops it otherwise).
VOCABULARY_PAIR_REASON: Final = "first+surname (dictionary words, the surname vocabulary)"

# Titles that make the following capitalised word(s) a name. Case matters ("DC", "Dr"); upper-case
# headings ("MRS OKAFOR") are matched through _TITLES_UPPER.
_TITLES: Final = frozenset({
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Rev", "Revd", "Reverend",
    "Cllr", "Councillor", "Sgt", "Sergeant", "Constable", "Inspector", "Superintendent", "Supt", "Insp",
    "DC", "PC", "DS", "DI", "DCI", "DSI", "DSupt", "Det", "PCSO", "Const", "HHJ", "Judge", "Baby", "Nurse", "Sister",
    "Imam", "Rabbi", "Pastor", "Minister", "Commissioner",
}) | frozenset(MILITARY)  # armed forces ranks ("Cpl", "Captain")
# Armed forces ranks of two or three words ("Flt Lt", "Squadron Leader"), their words by the first word.
_RANK_PAIRS: Final[dict[str, list[tuple[str, ...]]]] = {}
for _pair in MILITARY_PAIRS:
    _RANK_PAIRS.setdefault(_pair.split()[0], []).append(tuple(_pair.split()))
_TITLES_UPPER: Final = frozenset({"MR", "MRS", "MS", "MISS", "MX", "DR", "PROF", "SIR", "DAME", "REV", "CLLR"})
# Words that start a multi-word rank ("Detective Chief Inspector"); the rank must end in a title.
_RANK_WORDS: Final = frozenset({"Detective", "Police", "Chief", "Senior", "Acting", "Temporary"})
# Titles only a person has: the capitalised word after one is a surname even when it is also a common
# noun ("Ms Page", "Mr Church"), as long as it is no function word, place or organisation word.
_PERSONAL_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "MR", "MRS", "MS", "MISS", "DR"})
# Armed forces ranks written in full ("Major", "Private"), everyday words too: the word after one is a name only where
# no dictionary has it or it is a first name ("Major Harriet Dunne", "Major Dunne"; not "Major Crime").
_WORD_RANKS: Final = frozenset(t for t in MILITARY if t.isalpha() and t.istitle() and len(t) > 4)
# Titles a surname follows directly, even one that is also a word: "Mr Hall", "DS Hall", "PC Page", "Cpl Page".
_SURNAME_TITLES: Final = _PERSONAL_TITLES | frozenset({"DC", "PC", "DS", "DI", "DCI", "DSI", "Sgt", "Insp", "Det",
                                                       "PCSO", "Const", "Supt"}) | (frozenset(MILITARY) - _WORD_RANKS)
# Titles that are also role nouns: the next word must itself look like a name.
_ROLE_TITLES: Final = frozenset({"Nurse", "Sister", "Judge", "Constable", "Inspector", "Sergeant",
                                 "Superintendent", "Baby", "Minister", "Commissioner"}) | _WORD_RANKS
# Lower-case particles inside names ("van der Berg", "bin Rashid", "Nic Aodha", "de Souza").
PARTICLES: Final = gz.NAME_PARTICLES
# Irish surnames' prefixes, after which the article "an" is part of the name ("Mac Giolla an Chloig").
_IRISH_PREFIXES: Final = frozenset({"Mac", "Mhic", "Nic", "Ó", "Ní", "Uí", "Ua"})
# "al-Hassan", "el-Sayed": a particle joined by a hyphen to a capitalised name.
_PARTICLE_PREFIX: Final = re.compile(r"^(?:al|el|bin|ibn|abu|ben|ul|ad|as|ash|at|az)-(?=[A-Z])")
_MONTHS_AS_NAMES: Final = frozenset({"april", "may", "june", "august"})
# Months and days of the week as ranges shorten them ("Sep-Dec", "Mon-Fri").
_SHORT_MONTHS_AND_DAYS: Final = MONTH_ABBREVIATIONS | WEEKDAY_ABBREVIATIONS
# Seasons that are first names: one before a surname no dictionary knows ("Summer Quillon-Abara") is a name.
_SEASONS_AS_NAMES: Final = frozenset({"summer", "autumn"})
# A surname with a patronymic prefix: "McClark", "MacAskill", "O'Driscoll".
_PATRONYMIC: Final = re.compile(r"(?:Mc|Mac|O['\u2019])[A-Z][a-z]{2,}")
# Patronymic particles written as a word of their own before the name: "Mac Con Rí", "Ó Mugabháin", "Nic Aodha".
_PATRONYMIC_PARTICLES: Final = frozenset({"mac", "mc", "ó", "ní", "nic", "uí", "ap"})
# Months and their abbreviations: next to a number ("Dec 2015", "12 Jan", "Feb-16") they are dates.
_MONTH_NAMES: Final = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"})
_MONTH_WORDS: Final = _MONTH_NAMES | frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_NUMBER_AFTER: Final = re.compile(r"[ \t\u00a0./,-]{0,2}\d")
_NUMBER_BEFORE: Final = re.compile(r"\d(?:st|nd|rd|th)?[ \t\u00a0./,-]{0,2}$")
# A condition named after the doctors who described it ("Treacher Collins syndrome", "Cornelia de Lange Syndrome",
# "Crohn's disease"), or a disease's own name, which the capitalised word before describes ("Florid Rickets",
# "Bacterial Meningitis"); never after a possessive ("Emma's sepsis" is Emma's).
_EPONYM_CONDITION: Final = r"(?i:syndrome|disease|disorder|palsy|anomaly|sequence|dystrophy|ataxia)\b"
_DISEASE: Final = (
    r"(?i:rickets|scurvy|meningitis|sepsis|septicaemia|pneumonia|bronchiolitis|encephalitis|tuberculosis|measles"
    r"|leukaemia|epilepsy|jaundice|hepatitis)\b")
# A capitalised pronoun right before two words: a title's words run on ("You Can Cope!", "We Will Rock").
_PRONOUN_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])(?:You|We|They|I|It|Your|Our|My|Their)[ \u00a0]+$")
# A contact field's label before its number ("Tel: 0161 …"); a first name there is someone's ("Kayleigh: 07700 …").
# A name between "the" and a thing it names: "the Hope Box project", "the Grace Archer ward" (never "the Kayden
# Morris case", a child's).
_THE_BEFORE: Final = re.compile(r"\b[Tt]he[ \t]+$")
# A river after "the" and perhaps one word ("the nearby River Ogmore"), though "River" is a first name too.
_RIVER_BEFORE: Final = re.compile(r"\b[Tt]he(?:[ \t]+[a-z]+)?[ \t]+\Z")
# What a person's name after "the" comes before: "the Grace Archer case", "the Grace Archer review".
_CASE_AFTER: Final = re.compile(r"['\u2019]?s?[ \t]+(?:case|review|inquiry|inquest|death|murder|killing|trial|family|"
                                r"families|household|children)\b")
_THING_AFTER: Final = re.compile(r"[ \t]+(?:project|programme|program|scheme|initiative|ward|unit|model|approach|"
                                 r"award|fund|building|suite|wing|lecture|campaign|toolkit|service)s?\b")
# A building named after someone ("Queen Elizabeth Building", "Rosalind Franklin Building"): the building's name.
_BUILDING_AFTER: Final = re.compile(r"[ \t]+Buildings?\b")
# A records system's name before its references ("the separate Athena references", "Athena ref"): no one's.
RECORDS_AFTER: Final = re.compile(r"[ \t]+(?:refs?|references?|records?|system|database|entry|entries|logs?)\b")
# An image's alt text names an organisation's logo or an icon ("… Partnership Logo", "RSS Icon").
_IMAGE_WORD: Final = re.compile(r"(?:Logo|Icon|Banner)s?")
_IMAGE_AFTER: Final = re.compile(r"[ \t]+(?:Logo|Icon|Banner)s?\b")
_FIELD_LABELS: Final = frozenset({"tel", "mob", "fax", "ext", "phone", "mobile", "home", "work", "office", "direct"})
# An abbreviation's stop, then a number's label ("Adm. No 18/0294", "Reg. no."): the word is cut short, no name.
_ABBREVIATION_BEFORE_NUMBER: Final = re.compile(r"\.[ \t]*(?:No|no|Nos|Number|number|Ref|ref)\b")
# An e-mail's header fields, before their colon ("Cc: Safeguarding Hub"): "Cc" is in lists of first names.
_MAIL_FIELDS: Final = frozenset({"cc", "bcc", "re", "fw", "fwd", "attn"})
# A role's or a document field's word with a colon after it labels what follows ("Author: X", "Date: …").
_LABEL_WORDS: Final = frozenset({*ROLE_WORDS, *_FIELD_LABELS, "date", "name", "title", "subject", "status", "version",
                                 "published", "publication", "signed", "signature", "contact", "email", "address"})
_COLON_AFTER: Final = re.compile(r"[ \t]?:")
# After a contact line's label, without its colon or stop: a space and a telephone number, or a call ("Tel 07700 …",
# "Tel call to …"). The NER filter reads the same.
NUMBER_OR_CALL_AFTER: Final = r"[ \t]+(?:\+|\(?0)\d|[ \t]+(?:call|calls|conversation)\b"
_FIELD_LABEL_AFTER: Final = re.compile(r"[.:][ \t]*[+(]?\d|" + NUMBER_OR_CALL_AFTER)
_ROUTE_ON: Final = re.compile(r"[ \t]+to[ \t]+[A-Z]")  # "from Accra to Leeds"
_DISEASE_AFTER: Final = re.compile(rf"[ \t]+{_DISEASE}")
CONDITION_AFTER: Final = re.compile(rf"(?:['\u2019]s?)?[ \t]+{_EPONYM_CONDITION}|[ \t]+{_DISEASE}")
_CONDITION_AT_END: Final = re.compile(rf"[ \t](?:{_EPONYM_CONDITION}|{_DISEASE})$")
# A contraction's ending ("We'd", "They'll"): a pronoun and a verb, no name.
_CONTRACTION: Final = re.compile(r"['\u2019](?:d|ll|re|ve|m|t)$", re.IGNORECASE)
# Units of measure a number comes before ("419.5 Kb", "3.2 Kg"); a few are also listed first names.
_UNITS: Final = frozenset({
    "kb", "mb", "gb", "tb", "kg", "mg", "ml", "cm", "mm", "km", "lb", "lbs", "oz", "ft", "kcal", "mph", "kph"})
_QUANTITY_BEFORE: Final = re.compile(r"\d[ \u00a0]?$")
# Capitalised words that are never part of a personal name in a review.
_NOT_NAME: Final = gz.FUNCTION_WORDS | frozenset({
    "hi", "hiya", "hello", "thanks", "regards", "cheers",  # a message's greeting and sign-off ("Dear" is a surname too)
    "social", "worker", "workers", "officer", "officers", "team", "teams", "service", "services", "plan",
    "plans", "order", "orders", "panel", "review", "reviews", "board", "partnership", "act", "acts", "section",
    "sections", "point", "points", "finding", "findings", "report", "reports", "recommendation",
    "recommendations", "conference", "meeting", "meetings", "assessment", "assessments", "referral",
    "referrals", "protection", "safeguarding", "council", "authority", "authorities", "police", "constabulary",
    "school", "schools", "academy", "college", "nursery", "hospital", "surgery", "practice", "centre",
    "center", "unit", "ward", "room", "trust", "foundation", "agency", "agencies", "department", "ministry", "office",
    "court", "tribunal", "inquiry", "inquest", "government", "committee", "group", "project", "programme",
    "strategy", "policy", "procedure", "procedures", "guidance", "framework", "regulations", "standards",
    "children", "child", "baby", "babies", "infant", "mother", "father", "mum", "mummy", "dad", "daddy",
    "parent", "parents", "carer", "carers", "family", "families", "sibling", "siblings", "brother", "sister",
    "grandmother", "grandfather", "nan", "grandma", "grandad", "aunt", "uncle", "cousin", "partner", *LISTED_ROLES,
    "perp", "perpetrator", "victim",
    "stepfather", "stepmother", "nurse", "doctor", "visitor", "teacher", "headteacher", "manager", "chair",
    "lead", "adviser", "advisor", "practitioner", "practitioners", "consultant", "paediatrician",
    "psychiatrist", "psychologist", "therapist", "midwife", "gp", "gps", "street", "road", "lane", "avenue",
    "close", "drive", "way", "crescent", "terrace", "gardens", "grove", "park", "square", "place", "house",
    "lodge", "hall", "estate", "mews", "walk", "view", "rise", "north", "south", "east", "west", "northern",
    "southern", "eastern", "western", "central", "england", "wales", "scotland", "britain", "ireland",
    "british", "english", "irish", "scottish", "welsh", "european", "african", "asian", "caribbean",
    "christian", "muslim", "islam", "islamic", "jewish", "catholic", "hindu", "sikh", "god", "allah", "jesus",
    "christ", "lord", "christmas", "easter", "eid", "diwali", "ramadan", "covid", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "summer", "winter", "spring",
    "autumn", "term", "st", "saint", "appendix", "chapter", "paragraph", "page", "table", "figure", "annex",
    "part", "summary", "introduction", "conclusion", "conclusions", "background", "analysis", "glossary",
    "contents", "references", "key", "learning", "lessons", "terms", "evidence", "issues", "issue", "agreed",
    "action", "actions", "outcome", "outcomes", "risk", "risks", "harm", "significant", "serious", "case",
    "concerns", "concern", "born", "died", "deceased", "aged", "date", "dob", "nee", "née",
    "re",  # "in the matter of": "Serious Case Review Re Daniel Pelka", "Re B (A Child)"
    *NOT_NAME_ABBREVIATIONS,
})
# Words that open a run of capitals before a name, and are none of it ("Re Daniel Pelka (born …", "The …").
_OPENING_NOT_NAME: Final = gz.FUNCTION_WORDS | frozenset({"re"})
# Words that, right after a name, show it is part of an organisation or an address.
_AFTER_NAME_STOP: Final = frozenset({
    "street", "road", "lane", "avenue", "close", "drive", "way", "crescent", "terrace", "gardens", "grove",
    "park", "square", "place", "court", "house", "lodge", "hall", "estate", "mews", "walk", "view", "rise",
    "green", "hill", "primary", "school", "academy", "college", "nursery", "hospital", "surgery", "centre",
    "center", "practice", "trust", "council", "police", "constabulary", "church", "chapel", "mosque", "temple",
    "university", "infirmary", "clinic", "foundation", "homes", "housing", "ltd", "limited", "plc", "junior",
    "infant", "infants", "juniors", "high", "community", "medical", "health", "memorial",
})
# Before or after a street's last word, what makes "Rose Hill" a place: a number or a place's preposition
# before ("at 12 Mary Green", "moved to Rose Hill"); another capitalised word, or a comma and one, after.
_STREET_WORD_PLACE_BEFORE: Final = re.compile(
    r"(?:\d[\w/-]*|\b(?i:in|at|to|from|near|into|towards|around|via|of|the|a))[ \t]+$")
_STREET_WORD_PLACE_AFTER: Final = re.compile(r"['\u2019]?s?[ \t]*(?:,[ \t]*)?[A-Z]")
# Dotted initials that are ordinary abbreviations.
_NOT_INITIALS: Final = frozenset({
    "UK", "US", "USA", "NB", "AM", "PM", "EG", "IE", "PS", "RIP", "BA", "MA", "BSC", "MSC", "PHD", "DOB",
    "GP", "QC", "KC", "OBE", "MBE", "CBE", "UN", "EU", "AD", "BC", "TV", "ID", "HR", "IT", "DC", "PC", "DS",
    "DI", "OK", "CV", "RE", "CC", "JP", "MP", "NHS", "CID", "AKA", "ETA", "ASAP", "RSVP", "NO", "VS",
    "LTD", "PLC", "CO", "ST", "MR", "MRS", "MS", "DR", "AE", "SW", "HV", "SN", "CP", "CIN", "LAC",
})
# Listed surnames a review also writes as words of their own: a compass point, a month, a season, a hospital
# ward, a page ("Darren Ward", "Leah West", "Paula May", "Kim Winter", "Cody Page").
_WORD_SURNAMES: Final = frozenset({"north", "south", "east", "west", "ward", "page", "march", "april", "may",
                                   "june", "july", "august", "winter", "summer", "spring"})
_LOWER_OR_STOP_AFTER: Final = re.compile(r"[ \t]+[a-z]|[,.;:)]")
_WARD_PLACE_BEFORE: Final = re.compile(rf"(?:{_STREET_WORD_PLACE_BEFORE.pattern}|\b(?i:on|onto|off)[ \t]+$)")
# Cues before a word that make it a place rather than a first name ("moved to Chelsea").
_PLACE_CUES: Final = frozenset({"in", "at", "to", "from", "near", "into", "around", "outside", "towards",
                                "toward", "via", "across", "within", "throughout", "nr", "through"})


# What only a city has after its name ("the Kabul airport evacuation"), and a city's fall or siege before it.
_CITY_THING_AFTER: Final = re.compile(r"[ \t]+(?:airport|province|region|city|district|suburbs?|embassy)\b")
_FALL_OF: Final = re.compile(r"\b(?:fall|siege|liberation|evacuation)[ \t]+of[ \t]+$")
_COUNTRY_AFTER: Final = re.compile(r",[ \t]+(?P<country>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)")


def a_country_here(name: str, text: str) -> bool:
    """Whether ``text`` writes a country that is also a first name ("Poland", "Ghana") as the country somewhere: after
    a place's cue ("born in Ghana", "went through France", "the north of Poland"), or after a town and a comma
    ("Kumasi, Ghana"), or after a place's cue, a town of one to three words and a comma ("born in Spanish Town,
    Jamaica"). Jordan the child is never "in Jordan"."""
    town = r"(?!(?:Mrs?|Ms|Miss|Mx|Dr)\b)[A-Z][\w'\u2019-]+"
    return re.search(rf"\b(?i:in|from|to|into|of|via|near|across|around|through|visit(?:ed|ing)?)\s+"
                     rf"{re.escape(name)}(?![\w'\u2019-])", text) is not None \
        or re.search(rf"\b(?i:in|from|near|via)\s+(?:{town}[ \t]+){{0,2}}{town},[ \t]+{re.escape(name)}"
                     r"(?![\w'\u2019-])", text) is not None \
        or any(gz.is_world_city(m.group(1)) or gz.is_uk_place(m.group(1))
               for m in re.finditer(rf"\b([A-Z][\w'\u2019-]+),[ \t]+{re.escape(name)}(?![\w'\u2019-])", text))
# A year after a country someone left ("left Iran in 2022"): the country, not a person left somewhere.
_LEFT_IN_A_YEAR: Final = re.compile(r"[ \t]+in[ \t]+(?:19|20)\d\d\b")
# Words that place a country's or a town's name within it ("in south-east Poland", "rural Romania").
_REGION_OF: Final = frozenset({"north", "south", "east", "west", "north-east", "north-west", "south-east",
                               "south-west", "northern", "southern", "eastern", "western", "central", "rural",
                               "inner-city", "coastal"})

# A tab separates table cells: never part of a name ("Abdirahman Anele<TAB>Young person who harmed").
_NAME_GAP: Final = re.compile(r"[ \u00a0]+(?:\r?\n[ \t]*)?|[ ]*\r?\n[ \t]*")
_TITLE_GAP: Final = re.compile(r"\.?(?:[ \u00a0]+(?:\r?\n[ \t]*)?|[ ]*\r?\n[ \t]*)")
_INITIAL_GAP: Final = re.compile(r"\.[ \u00a0]?|[ \u00a0]+")
_SENTENCE_BREAK: Final = re.compile(r"[.!?:;•●▪◦‣■□►✓*>\u2022\u2013\u2014|]|\n[ \t]*\n|^\s*-|\n[ \t]*-")

_WITH_INITIALS: Final = re.compile(r"\b([A-Z][a-z][\w'\u2019-]*(?:[ \u00a0]+[A-Z][a-z][\w'\u2019-]*){1,2})"
                                   r"[ \u00a0]*\([ \u00a0]*([A-Z]{2,3})[ \u00a0]*\)")
SCORE_DEFINED_INITIALS: Final = 0.75
# A name in quotes, of one or two words ("Tank", ‘T-Bone’, "Big Mac").
_QUOTED_NAME: Final = (r"[\"\u201c\u2018'](?P<name>" + gz.LATIN_CAPITAL + r"[\w'\u2019-]*(?:[ \u00a0]+"
                       + gz.LATIN_CAPITAL + r"[\w'\u2019-]*)?)[\"\u201d\u2019']")
# A child in a list, a line each ("Freedom, 7", "Caleb (\"little Caleb\"), 5"), or items of one line ("Freedom
# 27/08/2016;"), and what may lie between two of them (the line's rest, or the item's separator).
_CHILD_LINE: Final = re.compile(r"(?m)^[ \t]*(?:[-*\u2022][ \t]*)?(?P<name>[A-Z][a-z'\u2019-]+)(?:[ \t]+[A-Z][a-z]+)?"
                                r"(?:[ \t]*\([^()\n]*\))?[ \t]*,[ \t]*\d{1,2}\b")
_CHILD_ITEM: Final = re.compile(r"(?P<name>[A-Z][a-z'\u2019-]+)[ \t]+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_LIST_GAP: Final = re.compile(r"[^\n]*\n|[ \t]*[;,][ \t]*")
# A person's age in brackets after a name ("Marlon SPENCE (31)").
# ... or after a comma ("Lincoln Ward, aged 19")
_AGED_AFTER: Final = re.compile(r"(?:,[ \t]*|[ \t]*\([ \t]*)aged[ \t]+\d{1,2}\b|[ \t]*\([ \t]*\d{1,2}[ \t]*\)")
_AGE_AFTER: Final = re.compile(r"[ \t]*\([ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*(?:yrs?|years)?[ \t]*\)")
SCORE_LISTED_CHILD: Final = 0.6
LISTED_CHILD_REASON: Final = "a child in a list of children with their ages or dates of birth"
# Who someone may pose as, by the word before "called" ('a 16-year-old boy called "Lewis"').
_PERSONA_WORDS: Final = r"(?:boy|girl|man|woman|lad|teenager|friend|person|someone|somebody|male|female)"
_NICKNAMED: Final = re.compile(
    r"\b(?P<first>[A-Z][a-z\u00c0-\u024f'\u2019-]+)[ \u00a0]+([\"\u201c\u2018'])[A-Z][\w'\u2019-]*[\"\u201d\u2019']"
    r"[ \u00a0]+(?P<last>[A-Z][\w'\u2019-]+)")
_KNOWN_AS: Final = re.compile(
    r"\b(?:(?:[Aa]lso[ \u00a0]+)?(?:k|(?<![^\s(\[\"\u201c])K)nown[ \u00a0]+"
    r"(?:(?:only|simply|locally|widely|mainly|usually|commonly|generally|online"
    # (… where: "known in the family as", "known on the estate as", "known among friends as")
    r"|(?:on|in|within|among(?:st)?|around|at)[ \u00a0]+(?:(?:the|his|her|their)[ \u00a0]+)?[A-Za-z][a-z'\u2019-]+)"
    r"[ \u00a0]+)?"
    r"(?:to[ \u00a0]+(?:\w+[ \u00a0]+){1,3})?as|a\.?k\.?a\.?"
    r"|nick-?named|went[ \u00a0]+by|street[ \u00a0-]?name(?:d|[ \u00a0]+(?:is|was|of))?"
    # (… or a nickname said to be one: 'His nickname among friends was "Gally"')
    r"|nick-?name(?:[ \u00a0]+(?:among|with|to|at)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[a-z]+)?[ \u00a0]+(?:is|was)"
    r"|knew[ \u00a0]+(?:(?:him|her|them)[ \u00a0]+)?(?:(?:only|simply)[ \u00a0]+)?as"
    r"|goes[ \u00a0]+by|called[ \u00a0]+(?:himself|herself)|call(?:s|ed)?[ \u00a0]+(?:him|her|[A-Z][a-z'\u2019-]+)"
    # … or the name someone gave or introduced themselves by ("gave name as 'Jay'")
    r"|gave[ \u00a0]+(?:(?:his|her|their|a)[ \u00a0]+)?(?:first[ \u00a0]+)?name[ \u00a0]+(?:as|of)"
    r"|introduced[ \u00a0]+(?:himself|herself|themselves)[ \u00a0]+as"
    # … or whom someone posed as ('posing as a 16-year-old boy called "Lewis"')
    rf"|{_PERSONA_WORDS}[ \u00a0]+(?:called|named)(?=[ \u00a0])"
    # … or who sent messages ('140 messages from "Kacs"')
    r"|(?:messages?|texts?|calls?|snaps?|DMs?)[ \u00a0]+from)[ \u00a0]+"
    + _QUOTED_NAME + r"(?:(?:[ \u00a0]+or[ \u00a0]+"
    # (… or another name after "and … as": 'known to her family as "Poppy" and in nursery records as "PR"')
    + r"|,?[ \u00a0]+and[ \u00a0]+(?:(?:in|to|on|by|at|among)[ \u00a0]+(?:[\w'\u2019]+[ \u00a0]+){0,3})?as[ \u00a0]+)"
    + _QUOTED_NAME.replace("<name>", "<other>") + ")?")
_PERSONA: Final = re.compile(rf"{_PERSONA_WORDS}[ \u00a0]")
# ... or a key's entry that says a word is someone's nickname or street name ('"Mackerel" – nickname used in messages',
# "Lucky – street name of an adult male")
_KEYED_ALIAS: Final = re.compile(
    r"(?m)^[ \t]*(?:[-\u2022*][ \t]*)?[\"\u201c\u2018']?(?P<name>[A-Z][\w'\u2019-]+)[\"\u201d\u2019']?[ \t]*"
    r"[-\u2013\u2014:][ \t]*(?:an?[ \t]+|the[ \t]+|his[ \t]+|her[ \t]+)?"
    r"(?:nickname|street[ \t]+name|alias|online[ \t]+name|user[ \t]?name)\b")
# A full name right before a bracket: a nickname in it is the person's, though a dictionary's word ("Kiwi").
_FULL_NAME_BEFORE: Final = re.compile(r"(?P<first>[A-Z][\w'\u2019-]+)[ \u00a0]+[A-Z][\w'\u2019-]+[ \u00a0]*\([ \u00a0]*"
                                      r"[\"\u201c\u2018']$")
# ... or before what someone's family or friends call them by ("Lils, as her family call her, was born …")
_CALLED_BY_THEIR_OWN: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][a-z'\u2019-]+),[ \u00a0]+as[ \u00a0]+(?:(?:his|her|their)[ \u00a0]+"
    r"(?:family|friends|parents|mother|mum|father|dad|siblings|brothers?|sisters?|grandparents?|carers?|peers)"
    r"[ \u00a0]+(?:call(?:s|ed)?|know|knew)[ \u00a0]+(?:him|her|them)\b"
    # … or as the person asked to be called ("Wenna, as she asked to be called,")
    r"|(?:he|she|they)[ \u00a0]+(?:asked|asks|wished|wishes|prefers|preferred)[ \u00a0]+to[ \u00a0]+be[ \u00a0]+"
    r"(?:called|known))")
# A short form of the first name in brackets after the full name, unquoted ("Roxana Lungu (Roxy)"): its first letters.
_SHORT_FORM_AFTER: Final = re.compile(r"(?<![\w'\u2019-])(?P<first>[A-Z][a-z\u00c0-\u024f'\u2019-]{2,})[ \u00a0]+"
                                      r"[A-Z][\w'\u2019-]+[ \u00a0]*\([ \u00a0]*(?P<name>[A-Z][a-z]{1,12})[ \u00a0]*\)")
# Capitals that are a word or a thing's letters, no one's initials ("OK", "TV").
_NO_INITIALS: Final = frozenset({"OK", "UK", "TV", "ID", "PE", "PS", "CV", "PC", "ICT", "DVD", "USB", "SIM", "PIN"})
# A person's initials as another name they go by: after a name and "or" ("the partner is called Ty or TJ"), or in a
# list of the names in quotes a record gives them ('recorded the partner as "Ty", "TJ", "Tyrone Bennet"').
_ALIAS_INITIALS: Final = re.compile(
    r"\b(?:called|named|known[ \t]+as)[ \t]+[\"\u201c]?[A-Z][a-z'\u2019-]+[\"\u201d]?[ \t]+or[ \t]+"
    r"(?P<after>[A-Z]{2,3})\b(?![\w'\u2019-])"
    # (each quoted item found from its quote mark, so the text is scanned for marks, not tried at every character)
    r"|(?<=[A-Za-z])[\"\u201d],[ ]?[\"\u201c](?P<listed>[A-Z]{2,3})(?=[\"\u201d])"
    r"|[\"\u201c](?P<first>[A-Z]{2,3})(?=[\"\u201d],[ \t]{0,2}[\"\u201c][A-Z][a-z])")
# ... or in quotes right after a capitalised name, in brackets or after an age ('HEXT, Connor ("Hexy")',
# 'Dante Ricketts (“D-Rick”)', 'JAMIE CORKHILL, 26, "Jay"'); whose it is, grouping decides
_NICKNAME_AFTER_NAME: Final = (
    re.compile(rf"{gz.LATIN_CAPITAL}[\w'\u2019-]+[ \u00a0]*\([ \u00a0]*" + _QUOTED_NAME
               # (… whom to: 'Harrison ("Harry" to his family)')
               + r"(?:[ \u00a0]+to[ \u00a0]+(?:his|her|their|the)[ \u00a0]+[a-z]+)?"
               # (… or a label and an age after it: 'Lacey Marshall ("Lace", Child E)')
               + r"(?:[ \u00a0]*,[^()\n\"\u201c\u201d]{1,60})?[ \u00a0]*\)"),
    # ... or before the name in brackets ('her partner's friend "Dinger" (Dean Ingram)'), or before "as" and the name
    # police found behind it ('Intelligence identifies "Dread" as Marlon SPENCE (31)')
    re.compile(_QUOTED_NAME + rf"[ \u00a0]*\((?={gz.LATIN_CAPITAL}[a-z]+[ \u00a0]+{gz.LATIN_CAPITAL}[a-z]+\))"),
    re.compile(r"\b(?:identif(?:y|ies|ied)|named|confirmed|knew|traced)[ \u00a0]+" + _QUOTED_NAME
               + rf"[ \u00a0]+as[ \u00a0]+(?={gz.LATIN_CAPITAL}[a-z]+[ \u00a0]+{gz.LATIN_CAPITAL}[A-Za-z'\u2019-]+)"),
    re.compile(rf"{gz.LATIN_CAPITAL}[\w'\u2019-]+,[ \u00a0]*\d{{1,2}},[ \u00a0]*" + _QUOTED_NAME + r"(?![\w'\u2019-])"))
# ... or a list of them in brackets after a name ('Tobechukwu OKONKWO-HART ("Tobi", "Tobs")', '("Ty"; "T-Bone"
# online)'): each quoted name in it
_NICKNAMES_LISTED: Final = re.compile(
    rf"{gz.LATIN_CAPITAL}[\w'\u2019-]+[ \u00a0]*\((?P<list>[ \u00a0]*[\"\u201c\u2018']"
    r"[^\"\u201c\u201d\u2018\u2019()\n]{1,30}[\"\u201d\u2019']"
    r"(?:[ \u00a0]*[,;][ \u00a0]*[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019()\n]{1,30}[\"\u201d\u2019']"
    r"(?:[ \u00a0]+[a-z]+)?)+)[ \u00a0]*\)")
_QUOTED_NAME_RE: Final = re.compile(_QUOTED_NAME)
# ... or, without quotes, one word after whom someone is known to or "also known as" ("known to the family as
# Johannes", "also known as Tank"): a name someone goes by (a plain "known as" may give the review's own name, and
# so does "known to the panel as", but not in brackets right after a name)
_KNOWN_TO_AS: Final = re.compile(
    r"\b(?:known[ \u00a0]+to[ \u00a0]+(?!(?:the[ \u00a0]+|this[ \u00a0]+)?(?:panel|review|report|readers?|authors?|"
    r"reviewers?)\b)(?:\w+[ \u00a0]+){1,3}as|also[ \u00a0]+known[ \u00a0]+as|a\.?k\.?a\.?"
    # (… or whom someone is, a man or a lad called it: "an older lad called Ghost")
    rf"|{_PERSONA_WORDS}[ \u00a0]+(?:called|named)"
    # (… or in brackets right after the name: "LAM Chun Kit (known as Kit)")
    r"|(?<=\w[ \u00a0]\()known[ \u00a0]+as)"
    r"[ \u00a0]+(?P<name>[A-Z][\w'\u2019-]+)(?![\w'\u2019-]|[ \u00a0]+[A-Z0-9])")
# A name as a record misspelt it, after "spelt" ('surname spelt "Ridley Sharp" in the CSC chronology', "misspelt as
# \"Kowalcyzk\"", "His name is spelt Mcready and McReady"): in quotes, or one or two capitalised words, or a list.
_SPELT_WORD: Final = rf"{gz.LATIN_CAPITAL}[\w'\u2019-]+"
_SPELT_NAME: Final = rf"{_SPELT_WORD}(?:[ \u00a0]+{_SPELT_WORD})?"
_SPELT: Final = re.compile(
    r"\b(?:[Mm]is)?spel(?:t|led|ls?|ling)(?:[ \u00a0]+(?:as|wrongly|incorrectly|variously))*"
    r"(?:[ \u00a0]+(?:the|his|her|their)[ \u00a0]+(?:sur|first[ \u00a0]+|family[ \u00a0]+)?name)?[ \u00a0]+"
    rf"(?:[\"\u201c\u2018'](?P<quoted>{_SPELT_NAME})[\"\u201d\u2019']"
    rf"|(?P<listed>{_SPELT_NAME}(?:(?:[ \u00a0]*[,/][ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+){_SPELT_NAME})*)"
    r"(?![\w'\u2019-]))")
_SPELT_PARTS: Final = re.compile(r"[ \u00a0]*[,/][ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+")


def _spelt_name(name: str, quoted: bool) -> bool:
    """Whether words a draft says were spelt so are a name: no place, vocabulary or body; in quotes, each a listed name
    or a word no dictionary holds ("Ridley Sharp", "Kowalcyzk"), and without quotes each a first name or no
    dictionary's word ("Mcready"; not "Safeguarding", "Leeds" or "Wrong")."""
    words = [gz.strip_possessive(w) for w in name.split()]
    if gz.is_keep_phrase(name) or gz.is_place(name) or any(gz.is_place(w) or gz.org_head(w) is not None for w in words):
        return False
    if not quoted:
        return all(gz.is_first_name(w) or not gz.is_english_word(w) for w in words)
    return all(gz.is_surname(w) or gz.is_first_name(w) or not gz.is_english_word(w) for w in words) \
        and not all(gz.is_english_word(w) and not gz.is_surname(w) for w in words)


# The child a review remembers, or is dedicated to the memory of ("The panel wishes to remember Emelina.").
_REMEMBERED: Final = re.compile(
    r"\b(?:to[ \u00a0]+remember|remembering"
    r"|(?:in|to)[ \u00a0]+(?:the[ \u00a0]+)?(?:loving[ \u00a0]+)?memory[ \u00a0]+of)"
    r"[ \u00a0]+(?P<name>[A-Z][\w'\u2019-]+)(?![\w'\u2019-]|[ \u00a0]+[A-Z0-9])")
# Kin words a family calls someone by ("known to the children as Nan"): no name of theirs.
_KIN_CALLED: Final = frozenset({"mum", "mummy", "mam", "mom", "dad", "daddy", "nan", "nana", "nanny", "gran", "granny",
                                "grandma", "grandad", "grandpa", "auntie", "aunty", "uncle"})
# A capitalised word right before a person's label in brackets ("Walker (Adult H)", "Young ('Child G')").
_BEFORE_PERSON_LABEL: Final = re.compile(
    rf"(?<![\w'\u2019&/.-])(?P<name>{gz.LATIN_CAPITAL}[\w'\u2019-]+)(?=[ \t]*\([ \t]*['\u2018\"\u201c]?"
    r"(?:Child|Baby|Infant|Young[ \t]+Person|Adult|Sibling|Subject|Person|Mother|Father)[ \t]+(?:[A-Z]{1,3}|\d{1,2})"
    r"['\u2019\"\u201d]?[ \t]*\))")
# A surname before marriage, in brackets after the name ("Grace Archer (née Lane)", "(formerly Lane)").
_MAIDEN_NAME: Final = re.compile(r"\([ \t]*(?i:n[\u00e9e]e|formerly|maiden[ \t]+name:?)[ \t]+"
                                 r"(?P<name>(?:Ma?c|O['\u2019])?[A-Z][\w'\u2019-]+)[ \t]*\)")
MAIDEN_NAME_REASON: Final = "a surname before marriage"
# A record's surname in capitals, then the given names in title case ("SMITH, Kelly Ann", "McALLISTER Donna").
SURNAME_FIRST: Final = re.compile(
    r"(?<![\w'\u2019&/.-])(?P<surname>(?:Ma?c|O['\u2019])?[A-Z\u00c0-\u00de\u0100-\u024f]"
    r"[A-Z\u00c0-\u00de\u0100-\u024f'\u2019-]+),?[ \t]+"
    # (a tab, or a run of spaces, ends a cell: "WHITLOCK, Jordan     Mosaic")
    r"(?P<given>[A-Z][a-z][\w'\u2019-]*(?:[ ][A-Z][a-z][\w'\u2019-]*){0,2})(?![\w'\u2019-])")
SURNAME_FIRST_REASON: Final = "surname first in capitals, then the given names"
# ... or in title case with its comma ("Prieto, Martirio"), where only a person stands: a list's item or a
# sentence's start, then a bracket that holds no year (a role, an age, a date of birth), a dash or the line's end.
SURNAME_COMMA_FIRST: Final = re.compile(
    rf"(?<![\w'\u2019&/.-])(?P<surname>(?:Ma?c|O['\u2019])?{gz.LATIN_CAPITAL}[a-z\u00df-\u024f][\w'\u2019-]*),[ \t]+"
    rf"(?P<given>{gz.LATIN_CAPITAL}[a-z\u00df-\u024f][\w'\u2019-]*(?:[ ]+[A-Z][a-z\u00df-\u024f][\w'\u2019-]*)?)"
    r"(?![\w'\u2019-])")
# ... alone on its line: names no dictionary holds are a list's person ("Əhmədli, Toğrul")
_LINE_END: Final = re.compile(r"[ \t]*(?:\n|\Z)")
_RECORD_ITEM_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]*)?\Z|[.!?:][ \t]+\Z")
_RECORD_ITEM_AFTER: Final = re.compile(r"[ \t]*(?:\((?![ \t]*(?:19|20)\d\d)|[-\u2013\u2014][ \t]|\n|\Z)")
_FOR_THIS_REVIEW: Final = re.compile(
    r"[ \u00a0,]*(?:in|for|throughout)[ \u00a0]+(?:the[ \u00a0]+purposes?[ \u00a0]+of[ \u00a0]+)?"
    r"(?:this|the)[ \u00a0]+(?:report|review|summary|briefing)")
# Titles a practitioner's initials may follow in a chronology ("Dr IP", "Mrs KD"); capitals that are no one's.
_INITIALS_TITLES: Final = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof"})
_AFTER_TITLE_NOT_INITIALS: Final = frozenset({"GP", "ED", "AE", "UK", "NHS", "SW", "HV", "PC", "DC", "CSC", "LA", "OK",
                                              "ID"})


def _upper_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is written in capitals (a record's line: "ATTENDEES: MK (SW), PC OKAFOR")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:len(text) if end == -1 else end]
    return sum(c.isalpha() for c in line) >= 8 and not any(c.islower() for c in line)


# Ranks an officer's collar number may follow ("PC 1978 Fraser", "DC 4410 Amy Booth").
_COLLAR_TITLES: Final = frozenset({"PC", "WPC", "DC", "PS", "DS", "Sgt", "PCSO", "Constable", "Sergeant"})
_COLLAR_GAP: Final = re.compile(r"[ \u00a0]+\d{2,6}[ \u00a0]+")
# A vowel of a written name ("w" and "y" are in Welsh: "Llwyd", "Gwyn"; accented letters count).
_VOWEL: Final = re.compile(r"[aeiouwyAEIOUWY\u00c0-\u024f]")
SCORE_TITLE: Final = 0.85
SCORE_FULL_STRONG: Final = 0.8
SCORE_FULL: Final = 0.7
SCORE_HEADING: Final = 0.6
SCORE_REVIEW_SUBJECT: Final = 0.6
SCORE_INITIALS_SURNAME: Final = 0.75
SCORE_FIRST_NAME: Final = 0.5
SCORE_FIRST_NAME_SENTENCE_START: Final = 0.4
SCORE_WEAK_PAIR: Final = 0.4
SCORE_INITIALS: Final = 0.35


def surname_first(name: str) -> tuple[str, str] | None:
    """``(given names, surname)`` of a name written surname first in capitals ("SMITH, Kelly Ann"): a listed
    surname that is no title or public word, then a listed first name; or in title case with its comma
    ("Prieto, Martirio"): a surname that is no dictionary word, then a listed first name or a word no dictionary
    holds, none a place or public word, one listed as a surname or a first name. None for any other name."""
    m = SURNAME_FIRST.fullmatch(name)
    if m is None or not _in_capitals(m.group("surname")):
        return _surname_comma_first(name)
    surname, given = m.group("surname"), m.group("given")
    title = _title_cased(surname)
    # (With its comma, or before a given name no word, a surname no list holds: "MITERA, Tomás", "NATSIR Conchita";
    # no acronym: "NSPCC, Childline".)
    # (Without its comma, one given name, and a surname that reads as a word, no board's letters: "BBSCB Rosie Report")
    bare = len(given.split()) == 1 and _first_name_strength(given) == "strong" and _PRONOUNCEABLE.fullmatch(title)
    # (a double-barrelled surname, each part one: "BIRCHWOOD-HOLLIS, Mason")
    parts = [w.capitalize() for w in title.split("-")]
    listed = gz.is_surname(title) or (len(parts) == 2 and all(gz.is_surname(w) for w in parts)) or (
        ("," in name or bare) and len(title) >= 4 and len(parts) <= 2
        and surname.casefold() not in gz.acronym_keys()
        and all(len(w) >= 2 and w.isalpha() and (gz.is_surname(w) or _unlisted_title_word(w)) for w in parts))
    if len(surname) < 3 or surname in _TITLES_UPPER or surname in _SURNAME_TITLES or not listed \
            or surname in AGENCY_ACRONYMS \
            or not _listed_given(given.split()[0]) or gz.is_keep_phrase(surname) or gz.is_keep_phrase(title):
        return None
    return given, surname


def _listed_given(word: str) -> bool:
    """A listed first name, or a double first name whose first part is one ("Tiana-Leigh", "Kacey-Rae")."""
    return gz.is_first_name(word) or ("-" in word and gz.is_first_name(word.split("-")[0])
                                      and not gz.is_english_word(word.split("-")[0]))


def written_surname_first(name: str) -> tuple[str, str] | None:
    """``(given names, surname)`` of a person's name written surname first, as :func:`surname_first` reads it or,
    for a name already found so, with its comma in title case though its surname is also a word ("Garner,
    Thomas"): a name holds a comma only when its surname comes first. None for any other name."""
    parts = surname_first(name)
    if parts is not None:
        return parts
    m = SURNAME_COMMA_FIRST.fullmatch(name)
    return (m.group("given"), m.group("surname")) if m is not None else None


def _in_capitals(surname: str) -> bool:
    """Whether a surname is written in capitals, after its "Mc" or "O'" ("McALLISTER", "KIŠKA")."""
    return re.sub(r"^(?:Ma?c|O['\u2019])", "", surname).isupper()


def surname_first_before_birth(name: str) -> bool:
    """Whether a name written surname first in capitals ("TALAL, Qudamah"), before its date of birth in brackets,
    can only be a person's name, though no list holds its words (see ``_only_a_name``)."""
    m = SURNAME_FIRST.fullmatch(name)
    if m is None or not _in_capitals(m.group("surname")):
        return False
    surname = m.group("surname")
    return len(surname) >= 2 and surname not in _TITLES_UPPER and surname not in _SURNAME_TITLES \
        and _only_a_name([*m.group("given").split(), _title_cased(surname)], born=True)


def _surname_comma_first(name: str, kin: bool = False, alone: bool = False) -> tuple[str, str] | None:
    """See :func:`surname_first`. With ``kin`` (a relative's role in brackets after it: "Smith, Jane (mother)"),
    each part need only be listed as its part or be no dictionary word; ``alone`` on its line, words no dictionary
    holds are enough."""
    m = SURNAME_COMMA_FIRST.fullmatch(name)
    if m is None:
        return None
    surname, given = m.group("surname"), m.group("given")
    words = [surname, *given.split()]
    if any(gz.is_country(w) or gz.is_keep_phrase(w) or w in _TITLES or not _no_place_role_or_organisation(w)
           for w in words):
        return None
    listed_given = gz.is_first_name(words[1])
    if alone and not any(gz.is_english_word(w) or gz.is_world_city(w) or gz.is_uk_place(w) for w in words):
        return given, surname
    if kin:
        return (given, surname) if (gz.is_surname(surname) or not gz.is_english_word(surname)) and (
            listed_given or not gz.is_english_word(words[1])) else None
    if gz.is_english_word(surname) or not (listed_given or not gz.is_english_word(words[1])) \
            or not (gz.is_surname(surname) or listed_given):
        return None
    return given, surname


def _title_cased(word: str) -> str:
    """A surname in capitals as a list writes it ("McALLISTER": "Mcallister", "O'NEILL": "O'neill")."""
    return word[:1] + word[1:].lower()


def _base(word: str) -> str:
    """The word without a possessive and without an "al-" style particle prefix."""
    return _PARTICLE_PREFIX.sub("", gz.strip_possessive(word))


def _is_possessive(word: str) -> bool:
    return gz.strip_possessive(word) != word


_ACRONYM_PLURAL: Final = re.compile(r"[A-Z]{2,}s")
# What follows a person's name and nothing else: their date of birth or age in brackets ("Amber Davies (d.o.b.").
_BIRTH_AFTER: Final = re.compile(r"[ \t]*\((?i:d\.?[ \t]?o\.?[ \t]?b\b|date[ \t]+of[ \t]+birth|born\b|aged?[ \t]+\d)")
# Two or three capitalised words, their capitals any Latin script's ("ŞAHINBEY ERTAŞ", "Ömer Çelik").
_NAME_RUN: Final = rf"{gz.LATIN_CAPITAL}[\w'\u2019-]+(?:[ \t]+{gz.LATIN_CAPITAL}[\w'\u2019-]+){{1,2}}"
# The review's subject after "in respect of" on its cover ("Serious Case Review in respect of Libni Agarwal",
# "In respect of" / "JAMES HURST"), ending its line.
_SUBJECT_CUE: Final = re.compile(
    rf"^[ \t]*(?i:[^\n]{{0,80}}\breview[ \t]+)?(?i:{SUBJECT_CUES}|respect[ \t]+of)[ \t]*:?[ \t]*(?:\n[ \t]*)*"
    rf"(?P<name>{_NAME_RUN})[ \t]*$", re.MULTILINE)
# The review's subject after its title and a dash or colon, ending the line ("Serious Case Review - Lutf Urrab").
_AFTER_TITLE: Final = re.compile(
    rf"^(?P<title>[^\n]{{4,100}}?)[ \t]*[-\u2013\u2014:][ \t]*(?P<name>{_NAME_RUN})[ \t]*$", re.MULTILINE)
# The review's subject opening the line of its title ("Ionelia Dobre Overview Report", a list of a board's
# reviews): a street's or a building's word is a surname there ("Marcel Street"), as no street has a review.
# In a board's list of its reviews' documents, a dash comes between, the board's abbreviation may open the
# document's name, which may be shorter ("Frank Moss \u2013 OSCB Report \u2013 December 2021"), and its date may follow.
_BEFORE_TITLE: Final = re.compile(
    rf"^[ \t]*(?P<name>{_NAME_RUN})[ \t]+(?:"
    r"(?i:(?:serious[ \t]+case|(?:child[ \t]+)?(?:safeguarding[ \t]+)?practice"
    r"|learning)[ \t]+review(?:[ \t]+(?:overview[ \t]+)?report|[ \t]+executive[ \t]+summary)?"
    r"|overview[ \t]+report|executive[ \t]+summary)"
    r"|[-\u2013\u2014][ \t]+(?:[A-Z]{2,6}[ \t]+)?(?i:(?:overview[ \t]+)?report|executive[ \t]+summary"
    r"|learning[ \t]+(?:summary|brief(?:ing)?)|press[ \t]+(?:statement|release)|(?:7|seven)[ \t-]+minute[ \t]+briefing"
    r"|chronology|timeline|case[ \t]+summary|genogram)"
    r"(?:[ \t]+[-\u2013\u2014][ \t]+(?i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)[ \t]+\d{4})?)[ \t]*$", re.MULTILINE)
# Words a speaker calls out that are no one's name: interjections and endearments ("‘Honey, come here’").
_CALLED_NOT_NAME: Final = frozenset({
    "look", "well", "right", "sorry", "please", "yes", "no", "okay", "ok", "oh", "hey", "honestly", "listen", "wait",
    "stop", "come", "mate", "babe", "baby", "darling", "love", "honey", "sweetheart", "sweetie", "pet", "hun", "hon",
    "son", "boy", "girl", "sir", "madam", "miss", "god", "jesus", "christ", "lord", "man", "bro", "sis", "dear"})
# ... or an acknowledgement opening a reply ('replied "Roger, will pick up"'), though a name someone may go by
_ACKNOWLEDGEMENTS: Final = frozenset({"roger", "copy", "noted", "cheers", "thanks", "understood"})
# A relative's name after the kin word the family calls them by ("Nan Lol", "Auntie Jade").
_KIN_NAMED: Final = re.compile(r"\b(?:Nan|Nana|Nanna|Nanny|Gran|Granny|Grandma|Grandad|Granddad|Grandpa|Auntie|Aunty"
                               r"|Aunt|Uncle)[ \t]+(?P<name>[A-Z][a-z][\w'\u2019-]*)(?![\w'\u2019-]|[ \t]+[A-Z])")
KIN_NAMED_REASON: Final = "a relative's name after the kin word the family calls them by"
# A letter's or an e-mail's greeting, a name and a comma ("Dear Carl,").
_GREETING: Final = re.compile(rf"^[ \t]*(?:Dear|Hi|Hello|Hiya)[ \t]+(?P<name>{gz.LATIN_CAPITAL}[\w'\u2019-]+)[ \t]*,",
                              re.MULTILINE)
# ... or a name opening a reply, thanked ("Grant, thanks for this.").
_THANKED: Final = re.compile(rf"^[ \t]*(?P<name>{gz.LATIN_CAPITAL}[\w'\u2019-]+)[ \t]*,[ \t]+"
                             r"(?i:thanks|thank[ \t]+you|many[ \t]+thanks)\b", re.MULTILINE)
# A letter's or an e-mail's signatory: the line after its sign-off ("Kind regards," / "Nirgül Çamurcuoğlu").
_UNDER_SIGN_OFF: Final = rf"^(?:{VALEDICTION.pattern})\n(?:[ \t]*\n)*[ \t]*"
_SIGNATORY: Final = re.compile(rf"{_UNDER_SIGN_OFF}(?P<name>{_NAME_RUN})[ \t]*$", re.MULTILINE)
# ... one word alone there, a first name or a surname ("Kind regards," / "Pedro"), as a greeting's ("Dear Carl,").
_SIGN_OFF: Final = re.compile(rf"{_UNDER_SIGN_OFF}(?P<name>{gz.LATIN_CAPITAL}[\w'\u2019-]+)[ \t]*$", re.MULTILINE)
# ... or after it on its line, a comma between, the name ending the line ("Thanks, Ituri").
_SIGN_OFF_ON_LINE: Final = re.compile(
    r"^[ \t]*(?i:(?:kind|best|warm|many)[ \t]+(?:regards|wishes|thanks)|regards|thanks|thank[ \t]+you|cheers)[ \t]*,"
    rf"[ \t]*(?P<name>{gz.LATIN_CAPITAL}[\w'\u2019-]+)[ \t]*[.!]?[ \t]*$", re.MULTILINE)
# The person an interview, a meeting, a call or a letter is with or from ("INTERVIEW WITH NAZLIM DURAN").
# (read from its joining word, a cheap scan, back to what it is and on to the name)
_MET_WITH_JOIN: Final = re.compile(rf"(?i:with|from|by)[ \t]+(?={gz.LATIN_CAPITAL})")
_MET_WITH_CUE: Final = re.compile(
    r"(?i:\b(?:interview(?:ed)?|conversation|meeting|discussion|(?:telephone[ \t]+|phone[ \t]+)?call"
    r"|statement|letter|e-?mail|message)s?[ \t]+)\Z")
_NAME_ENDING_PHRASE: Final = re.compile(rf"(?P<name>{_NAME_RUN})(?=[ \t]*(?:$|[,.;:(]))", re.MULTILINE)
# A name called out at the start of quoted speech ("‘Maria, come here,’ the father shouted"), its comma inside the
# quotes: a word quoted whole ("rated as, 'Good', by Ofsted") is no one called out.
# (the quote first, a cheap scan; then what stands before it: a space, a bracket or the text's start)
_VOCATIVE: Final = re.compile(
    rf"[‘'“\"](?<![^\s(][‘'“\"])(?P<name>{gz.LATIN_CAPITAL}(?:[\w'’-]*[^\W\d_])?),[ \t]+(?=[a-z])")
# A document's file name: its extension, then its name before it on its line, back to a bracket, slash or stop
# ("HERACLEEA AANEI Final.pdf" in a board's list of its reports, "saved as Jane Smith chronology v3.docx").
_FILE_EXTENSION: Final = re.compile(r"\.(?i:pdf|docx?|odt|rtf)(?![\w.])")
_FILE_STEM_START: Final = re.compile(r"[^\n\\/:*?\"<>|.()\[\],;]{1,120}\Z")
# A name and its date of birth in brackets ("Baghyawati Gokhale (d.o.b. 3rd September 2007)").
_BEFORE_BIRTH: Final = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME_RUN})(?={_BIRTH_AFTER.pattern})")
# ... or its date of birth or NHS number after its possessive ("Summer Fox's date of birth is recorded as …").
_OWNS_BIRTH_DATE: Final = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_NAME_RUN})"
    r"(?=['\u2019]s[ \t]+(?i:date[ \t]+of[ \t]+birth|d\.?o\.?b\b|nhs[ \t]+number))")
# A family member named after their relationship in a list ("Step-father \u2013 Carl Brown", "Mother: …"), a line
# of its own or after a comma ("Mother: …, Father: June Price").
_KIN: Final = (r"(?:(?:maternal|paternal)[ \t]+)?(?:(?:step|half|great)[- ]?)?(?:grand)?(?:mother|father|parent|brother"
               r"|sister|sibling|son|daughter|aunt|uncle|cousin|partner|boyfriend|girlfriend|husband|wife|carer)s?")
# What says a person stands where two words open a sentence ("Hope Jenkins was the mother", "Storm Baxter (14)
# went missing", "Jade Turner told"): a bracketed age, a verb only people do, or the relationship after them.
_PERSON_AFTER: Final = re.compile(
    r"[ \t]*\((?:aged[ \t]+)?\d{1,2}\)|" + PEOPLE_VERB_AFTER.pattern
    # ... or a bracket only a person's name takes ("(deceased)", "(known as 'Jor')", "(née Lane)")
    + r"|[ \t]*\((?i:deceased|dec['\u2019]d|(?:also[ \t]+)?known[ \t]+as|aka|n[\u00e9e]e)\b"
    + rf"|(?:[ \t]*,[ \t]*|[ \t]+(?:was|is)[ \t]+)(?:the|her|his|their)[ \t]+(?:{_KIN})\b"
    # ... or a case study's colon, then a death or an age ("Vera Al-Amin: died in 2006 aged 16")
    + r"|[ \t]*:[ \t]*(?:died|aged[ \t]+\d|born\b|\d{1,2}[ \t]*(?:years?|yrs?)[ \t]+old)")
# A weekday, then a month, before the day: a date's words, no one's name ("Mon Feb 13, 2017", "Wed Nov 01").
_CALENDAR_PAIR: Final = re.compile(
    r"(?i:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?[ \t]+"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)\.?(?=[ \t]+\d{1,2}\b)")


def _calendar_pair(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a weekday and a month before a day (see ``_CALENDAR_PAIR``)."""
    m = _CALENDAR_PAIR.match(text, start)
    return m is not None and m.end() == end


# A word that reads as one: a vowel, and no four consonants in a row (not a body's letters: "BBSCB", "NSPCC").
_PRONOUNCEABLE: Final = re.compile(r"(?i)(?=.*[aeiouyà-ÿ])(?!.*[^aeiouyà-ÿ\W]{4})\w+")
# Given names that are also a verb or a modal opening a question or an order about a label ("Will B attend?", "Mark
# A on the form"): no given name before a single capital.
_VERBS_AS_NAMES: Final = frozenset({"will", "may", "can", "mark", "bill", "rob", "grant", "chase", "hunt", "said",
                                    "art"})
# After a single capital: a stop or another capitalised word, where it is a middle initial ("John A. Smith").
_INITIAL_GOES_ON: Final = re.compile(r"\.|[ \t]+[A-Z]|['\u2019]")
# A word in capitals after another on its line: a heading's or a marking's run ("PROTECTIVELY MARKED – …").
_CAPITALS_WORD_AFTER: Final = re.compile(r"[ \t]+[A-Z][A-Z'\u2019-]+\b")
# A verb's auxiliary after a name ("… POP was supplying", "… POP had left").
_AUXILIARY_AFTER: Final = re.compile(r"[ \t]+(?:was|were|had|has|is|did|would|could|will)\b")
# Lower-case words around a name in capitals: a sentence's, no heading's ("… named AZEGLIO LERNER as the …").
_IN_SENTENCE_BEFORE: Final = re.compile(r"\b[a-z]+[ \t]+[a-z]+[ \t]+$")
_IN_SENTENCE_AFTER: Final = re.compile(r"[,;]?[ \t]+[a-z]+[ \t]+[a-z]+\b")
# A family by its surname: "the Gray family" (see ``_Finder._family_name``).
_FAMILY_NAME: Final = re.compile(
    # ... with no article only before "family members" ("; Heggarty family members were not contacted")
    r"(?:\b(?:[Tt]he|[Bb]oth)[ \t]+|(?<![\w'\u2019-])(?=\S+[ \t]+family[ \t]+members\b))"
    rf"(?P<name>(?:Ma?c|O['\u2019])?{gz.LATIN_CAPITAL}[a-z\u00df-\u024f]+)[ \t]+"
    # ... or the family's children ("The Njoku siblings were placed together")
    r"(?:family|children|siblings|twins|brothers|sisters|household)\b"
    # ... not a service for families ("the Hillside family centre", "the Tameside family court")
    r"(?![ \t]+(?i:centres?|courts?|hubs?|support|groups?|services?|homes?|practices?|teams?|law|proceedings|units?"
    r"|workers?|rooms?|nurses?|partnerships?|intervention|assessments?|network|meetings?|therapy|liaison|project))")
FAMILY_NAME_REASON: Final = "a family's surname"
# Words that say what kind of family it is, or whose: never its surname.
_KIND_OF_FAMILY: Final = frozenset({
    "royal", "foster", "extended", "birth", "host", "adoptive", "whole", "immediate", "nuclear", "blended",
    "wider", "paternal", "maternal", "traveller", "gypsy", "roma", "muslim", "christian", "jewish", "hindu",
    "sikh", "catholic", "asian", "black", "white", "british", "english"})
# A relative's role in brackets after a name ("Smith, Jane (mother)", "(maternal grandmother)").
# ... or after a dash, ending the item ("Garner, Thomas \u2013 uncle").
_KIN_AFTER: Final = re.compile(
    rf"[ \t]*\((?i:{_KIN})\)|[ \t]+[-\u2013\u2014][ \t]+(?i:{_KIN})(?=[ \t]*(?:[;,(]|\n|\Z))")
# A field's label that names a private person after its colon ("Contact: Lucy Canning", "Name: Grace Archer";
# a report's author is public, "Author: Peter Quill").
# ... or an e-mail's header opening its line ("From: Elaine Wright", "cc: …").
_PERSON_FIELD_BEFORE: Final = re.compile(
    r"(?:\b(?i:contacts?|(?:full[ \t]+)?name)|(?m:^)[ \t]*(?i:from|to|cc|bcc))[ \t]*:[ \t]*\Z")
_AFTER_KIN: Final = re.compile(
    rf"(?:^|[,;][ \t]*)[ \t]*(?i:{_KIN})(?:[ \t]+(?:\d{{1,2}}|[A-Z]))?[ \t]*[\u2013\u2014:-][ \t]*(?P<name>{_NAME_RUN})"
    r"(?=[ \t]*(?:$|[,;(]))",
    re.MULTILINE)
# (the relationship numbered or lettered, as a key numbers siblings: "Sibling 1 \u2013 Ruby-Mae Marsh")
# A name alone in a header's or a record's field ("From: Fildan Seven", "Name: Tygo Sire", "Subject: Elaine Wright",
# "Signed: Vincent King").
_FIELD_NAME: Final = re.compile(
    rf"^[ \t]*(?i:from|to|cc|bcc|(?:full[ \t]+)?name|contact|subject|re|signed(?:[ \t]+by)?|signature)[ \t]*:[ \t]*"
    rf"(?P<name>{_NAME_RUN})[ \t]*$",
    re.MULTILINE)
# A family table's row: the name's cell, then the relationship's ("SAÇI SEVEN<tab>Sibling<tab>2012").
_BEFORE_KIN_CELL: Final = re.compile(
    rf"(?:^|\t)[ \t]*(?P<name>{_NAME_RUN})(?=[ \t]*\t[ \t]*(?i:{_KIN}|subject[ \t]+child)[ \t]*(?:\t|$))",
    re.MULTILINE)
# A line, then (after blank lines) a line of two or three capitalised words alone.
_UNDER_TITLE: Final = re.compile(
    rf"^(?P<title>[^\n]{{4,120}})\n(?=(?:[ \t]*\n)*[ \t]*(?P<name>{_NAME_RUN})[ \t]*$)",
    re.MULTILINE)  # (the name in a look-ahead: it may be the next match's title)
# A line of two or three capitalised words alone, then (after blank lines) a line (a cover's title under its subject).
_ABOVE_TITLE: Final = re.compile(
    rf"^[ \t]*(?P<name>{_NAME_RUN})[ \t]*\n(?=(?:[ \t]*\n)*(?P<title>[^\n]{{4,120}})$)", re.MULTILINE)


def _is_upper_word(word: str) -> bool:
    """All capitals and at least two letters ("OKAFOR", not "A")."""
    return len(word) > 1 and word.isupper()


# Capitals run into lower case: two words joined ("CYSURAn", a scraped logo's) or a product ("NHSmail").
_CAPITALS_INTO_LOWER: Final = re.compile(r"[A-Z]{2,}[a-z]")


# An Irish surname after "Ó", "Ní" or "Uí" takes an "h", "n" or "t" before its capital ("Ó hAodha", "Ní hÉigeartaigh").
_IRISH_PREFIXED: Final = re.compile(r"[hnt][A-Z\u00c1\u00c9\u00cd\u00d3\u00da][a-z\u00e1\u00e9\u00ed\u00f3\u00fa]+")


def _is_title_case(word: str) -> bool:
    """Capitalised, not all capitals, no run of capitals into lower case ("Okafor", "McDonald", "O'Neill",
    "al-Hassan"; not "CYSURAn"), or an Irish surname's prefixed form ("hAoidhgin")."""
    base = _base(word)
    if _IRISH_PREFIXED.fullmatch(base):
        return True
    return base[:1].isupper() and not _is_upper_word(base) and _CAPITALS_INTO_LOWER.search(base) is None


def _only_a_name(words: list[str], born: bool = False) -> bool:
    """Whether capitalised ``words`` can only be a person's name.

    A listed (or unlisted) first name and listed surnames are a name even where they are also words, titles
    or places ("Autumn Woodward", "Rhianne Lord", "Gaurika Bose"), unless an organisation's head word ends
    them ("Grace Church") and no date of birth follows (``born``: "Allan Church (d.o.b. …"). Other words
    must be no place, role, public phrase, layout or dictionary word ("Taahir Maawiya").
    """
    phrase = " ".join(words)
    if any(len(_base(w)) < 2 or w.casefold() in gz.FUNCTION_WORDS for w in words) \
            or gz.is_uk_place(phrase) or gz.is_keep_phrase(phrase):
        return False
    # (a listed surname that is also a public word, before a date of birth, is the surname: "NOËL COUSIN (DOB …)")
    if any(gz.is_keep_phrase(w) and not (born and i > 0 and gz.is_surname(w)) for i, w in enumerate(words)):
        return False

    def unlisted(w: str) -> bool:  # no place, role, public phrase, layout or dictionary word
        return _no_place_role_or_organisation(w) and not gz.is_english_word(w)

    first, rest = words[0], words[1:]
    given = unlisted(first) or (gz.is_first_name(first) and _base(first).casefold() not in ROLE_WORDS)
    if given and all(gz.is_surname(w) for w in rest):
        return born or not any(gz.org_head(w) is not None or w.casefold() in _AFTER_NAME_STOP
                               or gz.is_keep_phrase(w) for w in rest)
    if given and born and all(_no_place_role_or_organisation(w) for w in rest):
        return True  # "TYGO SIRE (DOB …)": a surname that is also a word, before a date of birth
    return all(unlisted(w) for w in words)


def _file_name_person(words: list[str]) -> bool:
    """Whether words in a document's file name can only be a name (see ``_only_a_name``), all in capitals or all in
    title case, and no abbreviation of four capitals or fewer ("QSCB LSCP Annual Report.pdf"). Words joined by
    hyphens or underscores are judged each ("CHSCB-Local- Review-X-FINAL.pdf")."""
    parts = [part for w in words if re.search(r"[-_]", w) for part in re.split(r"[-_]+", w)]
    if any(p and (len(p) < 2 or (gz.is_english_word(p) and not gz.is_first_name(p) and not gz.is_surname(p))
                  or not _no_place_role_or_organisation(p)) for p in parts):
        return False
    upper = all(_is_upper_word(w) for w in words)
    if not (upper or all(_is_title_case(w) for w in words)) or not _only_a_name(words):
        return False
    return not upper or all(len(w) > 4 or gz.is_first_name(w) or gz.is_surname(w) for w in words)


_BRACKET_AFTER: Final = re.compile(r"[ \t]*\((?P<words>[A-Za-z'\u2019 -]{2,40})\)")


def _role_in_brackets(text: str, end: int) -> bool:
    """Whether a person's role or relationship follows in brackets ("(health visitor)", "(maternal aunt)")."""
    m = _BRACKET_AFTER.match(text, end)
    if m is None:
        return False
    last = m.group("words").split()[-1].casefold() if m.group("words").split() else ""
    return last in ROLE_WORDS or re.fullmatch(_KIN, last) is not None


def _given_name_before_initials(words: list[str]) -> bool:
    """Whether words the draft abbreviates to their initials are a name though a surname is an ordinary word
    ("Gautami Loyal (GL)"): a first name that is no dictionary word, listed or not, then words that are no
    place, role, organisation, street or (after an unlisted first word) agency vocabulary ("Early Help (EH)",
    "Grace Church (GC)" are not; "Karina Front (KF)" is)."""
    if not 2 <= len(words) <= 3 or any(gz.is_keep_phrase(w) or len(_base(w)) < 2 for w in words):
        return False
    first = _base(words[0])
    if gz.is_english_word(first) or gz.is_uk_place(first) or first.casefold() in _NOT_NAME \
            or gz.org_head(first) is not None or not first.isalpha():
        return False
    listed = gz.is_first_name(first)  # after a listed first name, even agency vocabulary is a surname ("Front")
    return all(_no_place_role_or_organisation(w) and (listed or w.casefold() not in gz.generic_words())
               for w in words[1:])


def _listed_name_words(words: list[str]) -> bool:
    """Whether words the draft abbreviates to their initials are all listed names, a first name first, though one
    is also a country, a village or a word ("Jordan Meldon (JM)"): no role, organisation or street word, and
    together no place's name ("Milton Keynes (MK)")."""
    if not 2 <= len(words) <= 3 or gz.is_uk_place(" ".join(words)) or not gz.is_first_name(words[0]):
        return False
    return all((gz.is_first_name(w) or gz.is_surname(w)) and _base(w).casefold() not in ROLE_WORDS
               and _name_shaped(w) for w in words)


def _clear_first_name_and_word(words: list[str]) -> bool:
    """Whether two words the draft abbreviates to their initials are a clear first name (listed, no word or place)
    and a capitalised word, a role's too ("Urvi Doctor (UD)"): no organisation, street or function word."""
    if len(words) != 2:
        return False
    first, last = _base(words[0]), _base(words[1])
    return gz.is_first_name(first) and not gz.is_english_word(first) and not gz.is_uk_place(first) \
        and last.isalpha() and _name_shaped(last)


def _name_shaped(word: str) -> bool:
    """Whether a word abbreviated with a name's initials can be a word of the name: two letters or more, and no
    public phrase, organisation, street or function word."""
    key = word.casefold()
    return len(_base(word)) >= 2 and not gz.is_keep_phrase(word) and gz.org_head(word) is None \
        and key not in _AFTER_NAME_STOP and key not in gz.FUNCTION_WORDS


def _no_place_role_or_organisation(word: str) -> bool:
    """Whether a capitalised word is no place, role, public phrase, layout word, organisation or street word."""
    return not (gz.is_uk_place(word) or word.casefold() in _NOT_NAME or _base(word).casefold() in ROLE_WORDS
                or gz.org_head(word) is not None or word.casefold() in _AFTER_NAME_STOP)


def _first_name_strength(word: str, allow_month: bool = True) -> str | None:
    """``"strong"`` for a first name that is no English word, ``"weak"`` for one that is, else ``None``."""
    base = _base(word)
    key = base.casefold()
    if (key in _NOT_NAME and not (allow_month and key in _MONTHS_AS_NAMES)) or _CONTRACTION.search(base):
        return None  # (nor a pronoun's contraction: "We'd also like")
    if gz.is_first_name(base):
        return "weak" if gz.is_english_word(base) else "strong"
    if "-" in base:  # "Kerry-Ann", "Lily-Mae": every part a capitalised name, the first a first name
        parts = base.split("-")  # (a lower-case particle joins a place's name: "Chester-le-Street")
        if all(p.casefold() in _SHORT_MONTHS_AND_DAYS for p in parts):
            return None  # "Sep-Dec", "Mar-Jul": a range of months
        if gz.is_first_name(parts[0]) and all(
                p not in gz.PLACE_PARTICLES and (gz.is_first_name(p) or gz.is_surname(p))
                and not (p.islower() and gz.is_english_word(p))  # "Roma-led", "Chelsea-born": a compound word
                and not (gz.is_uk_place(p) and gz.place_ambiguity(p) is None and not gz.is_first_name(p))
                for p in parts[1:]):  # "Pan-Lancashire" is a county's, "Kerry-Leigh" a girl's
            return "weak" if all(gz.is_english_word(p) for p in parts) else "strong"
    return None


# After a name in a family key's line: a dash and who the person is ("Hope BAILEY – subject, triplet 3", "Ezra HOLT -
# brother, aged 4").
_KEY_ROLE_AFTER: Final = re.compile(
    r"[ \t]+[-\u2013\u2014:][ \t]+(?:the[ \t]+)?(?i:subject|mother|father|(?:step|half-?)?(?:brother|sister|sibling)s?"
    r"|triplet|twin|son|daughter|child|baby|infant|step-?(?:father|mother)|(?:grand|great-?grand)(?:mother|father)"
    r"|partner|aunt|uncle|cousin|aged|dob|d\.o\.b|born|maternal|paternal|half)\b")


def _record_surname(word: str, first: str | None, verb_after: bool = False, key_after: bool = False) -> bool:
    """Whether ``word``, in capitals after a given name in title case, is the surname as police and court records
    write it ("Ioana NISTOR"): no acronym, place, keep phrase or English word (a word in capitals for emphasis:
    "Sarah SAID"), but for a listed surname after a listed given name that is no English word, before a verb only
    people do (``verb_after``: "Věra POP was supplying"), or after any listed given name before a family key's dash
    and who the person is (``key_after``: "Hope BAILEY – subject"); a listed surname, or, after a listed given name
    that is no English word, a word no list holds ("Dariusz KOWALCZYK")."""
    key = word.casefold()
    parts = word.split("-")
    if len(parts) > 1:  # a double-barrelled surname ("ADEYEMI-CLARKE"): each part a surname's word, one listed
        return len(parts) == 2 and all(
            len(p) >= 2 and p.isalpha() and p.casefold() not in gz.acronym_keys() and p not in AGENCY_ACRONYMS
            and (gz.is_surname(p) or not gz.is_english_word(p.title())) for p in parts) \
            and (first == "strong" or any(gz.is_surname(p) for p in parts))
    if len(word) < 3 or not word.isalpha() or key in gz.acronym_keys() or key in _NOT_NAME \
            or gz.is_keep_phrase(word) or gz.is_uk_place(word.title()) or word in AGENCY_ACRONYMS:
        return False  # (… nor an agency's letters: "One CSC letter")
    if gz.is_english_word(word.title()):
        return gz.is_surname(word) and ((verb_after and first == "strong") or (key_after and first is not None))
    return gz.is_surname(word) or first == "strong"


def _surname_strength(word: str, heading: bool) -> str | None:
    """How much a capitalised word looks like a surname.

    Returns:
        ``"strong"`` (a listed surname or an unknown non-dictionary word), ``"weak"`` (a listed
        surname that is also an English word, "Baker"), or ``None``.
    """
    base = _base(word)
    key = base.casefold()
    if len(base) < 2 or key in _NOT_NAME or key in _AFTER_NAME_STOP:
        return None
    if (_is_upper_word(base) and not heading) or _ACRONYM_PLURAL.fullmatch(base):
        return None  # an acronym ("CAMHS") or its plural ("SCRs")
    if "-" in base:
        if gz.is_surname(base) and not gz.is_english_word(base) and not gz.is_keep_phrase(base):
            return "strong"  # "Al-Amin": listed whole, though its parts are words
        parts = base.split("-")
        if len(parts) > 1 and parts[-1].casefold() in _PATRONYMIC_PARTICLES and parts[-1][:1].isupper():
            parts.pop()  # "Clayton-Ó" of "Clayton-Ó Róláin": the particle opens the next word's name
        strengths = [_surname_strength(p, heading) for p in parts]
        if all(strengths):
            return "weak" if all(s == "weak" for s in strengths) else "strong"
        return None
    if gz.is_keep_phrase(base):
        return None
    english = gz.is_english_word(base)
    if gz.is_surname(base):
        return "weak" if english else "strong"
    if english or gz.is_word_or_plural(base) or gz.is_uk_place(base) or gz.police_force(base):
        return None  # (a word's plural the list lacks, "Relocations", is a word too)
    return "strong" if base.isalpha() or "'" in base or "\u2019" in base else None


_ROLE_NOUNS: Final = frozenset({"social", "worker", "officer", "chair", "lead", "manager", "practitioner", "team",
                                "nurse", "doctor", "visitor", "teacher", "consultant", "paediatrician"})


_ADDRESSED_ROLES: Final = frozenset({"chair", "lead", "team", "social"})


def _surname_after_title(word: str) -> bool:
    """Whether a word on the never-a-name list still reads as a surname after "Mr"/"Ms" ("Page", "Hall")."""
    key = _base(word).casefold()
    head = gz.org_head(word)
    return key not in gz.FUNCTION_WORDS and (head is None or head[1]) and key not in _ROLE_NOUNS


def _function_word_surname(text: str, tokens: list[gz.Token], j: int) -> bool:
    """Whether a function word after "Mr"/"Ms" is a surname the lists hold ("Ms Too was informed", "Mr Still's
    flat"), or a role's noun is a surname ("Mrs Doctor telephoned": no one calls a role so; a chair is addressed
    so, "Madam Chair"): in running text, where a lower-case word or a stop follows, not in a heading's title-case
    run ("Mr And Mrs Smith")."""
    word = tokens[j][2]
    key = _base(word).casefold()
    if not ((gz.is_surname(_base(word)) and key in gz.FUNCTION_WORDS)
            or (key in _ROLE_NOUNS and key not in _ADDRESSED_ROLES)):
        return False
    if _is_possessive(word):
        return True
    return _LOWER_OR_STOP_AFTER.match(text, tokens[j][1]) is not None


def _nurses_surname(text: str, tokens: list[gz.Token], j: int) -> bool:
    """Whether a word on the never-a-name list after "Nurse" or "Sister" is a listed surname ("Nurse Ward texts",
    "Sister Hall, was told"): in running text, where a lower-case word or a stop follows, not a ward's number or
    a title-case run ("Sister Ward 5", "Nurse Ward Round")."""
    word = tokens[j][2]
    return gz.is_surname(_base(word)) and _surname_after_title(word) \
        and _LOWER_OR_STOP_AFTER.match(text, tokens[j][1]) is not None


def _month_as_name(text: str, tokens: list[gz.Token], j: int) -> bool:
    """Whether a month's name after a title ("PC May", "DC Ruth March") is a surname: no day or year follows it."""
    return tokens[j][2].casefold() in _MONTH_NAMES and not _NUMBER_AFTER.match(text, tokens[j][1])


def _is_sentence_start(text: str, tokens: list[gz.Token], i: int) -> bool:
    """Whether token ``i`` opens a sentence, a list item or a paragraph."""
    if i == 0:
        return not text[: tokens[0][0]].strip() or bool(_SENTENCE_BREAK.search(text[: tokens[0][0]]))
    gap = text[tokens[i - 1][1] : tokens[i][0]]
    return bool(_SENTENCE_BREAK.search(gap))


def _joined(text: str, tokens: list[gz.Token], j: int, pattern: re.Pattern[str] = _NAME_GAP) -> bool:
    """Whether token ``j`` follows token ``j - 1`` with only ``pattern`` between them."""
    return j > 0 and pattern.fullmatch(text[tokens[j - 1][1] : tokens[j][0]]) is not None


_POSSESSIVE_INITIAL: Final = re.compile(r"[A-Z]['\u2019]s")


def _ends_table_row(text: str, end: int, start: int) -> bool:
    """Whether a line break between ``end`` and ``start`` ends a table's row: its line holds a cell separator (a tab,
    or " | "), so the words after it are the next row's first cell ("… | White \u2013 Polish" / "NOWAK, Pawe\u0142")."""
    if "\n" not in text[end:start]:
        return False
    line = text[text.rfind("\n", 0, end) + 1:end]
    return "\t" in line or " | " in line


def _is_initial(word: str) -> bool:
    """One capital letter, any Latin script's ("J", "Ľ", "É")."""
    return len(word) == 1 and word.isalpha() and word.isupper()


def _dot_after(text: str, token: gz.Token) -> bool:
    return text[token[1] : token[1] + 1] == "."


def _followed_by_org(text: str, tokens: list[gz.Token], j: int) -> bool:
    """Whether token ``j`` (after a candidate name) starts an organisation or street ending."""
    if j >= len(tokens) or not _joined(text, tokens, j):
        return False
    word = tokens[j][2]
    if not word[:1].isupper() and word != "&":
        return False
    if word.casefold() in _AFTER_NAME_STOP or gz.org_head(word) is not None:
        return True
    if word == "The":  # "Queen Elizabeth The Queen Mother Hospital": the name runs on to a hospital's head
        return any(gz.org_kind(" ".join(t[2] for t in tokens[j + 1:k + 1])) == "hospital"
                   for k in range(j + 1, min(j + 5, len(tokens)))
                   if all(_joined(text, tokens, x) and tokens[x][2][:1].isupper() for x in range(j + 1, k + 1)))
    words = [word]  # ... or a head of several words ("Children's Ward", "Neonatal Unit")
    for k in range(j + 1, min(j + 4, len(tokens))):
        if not _joined(text, tokens, k) or not tokens[k][2][:1].isupper():
            return False
        words.append(tokens[k][2])
        if gz.org_head(" ".join(words)) is not None:
            return True
    return False


def _span_end(tokens: list[gz.Token], j: int) -> int:
    """End offset of token ``j`` without a possessive."""
    _, end, word = tokens[j]
    return end - (len(word) - len(gz.strip_possessive(word)))


def _tokens(text: str) -> list[gz.Token]:
    """The words of ``text``, a capitalised word wrapped at its hyphen ("Quillon-" / "Abara") read as one
    ("Quillon-Abara", its offsets spanning the line break), and one a line break hyphenated ("McAl-" /
    "lister") too ("McAllister")."""
    out: list[gz.Token] = []
    for tok in gz.tokenize(text):
        capital = bool(out) and out[-1][2][:1].isupper()
        wrap = gz.WRAPPED_HYPHEN.match(text, out[-1][1]) if capital else None
        soft = gz.SOFT_WRAP.match(text, out[-1][1]) if capital and wrap is None else None
        if wrap is not None and wrap.end() == tok[0]:
            out[-1] = (out[-1][0], tok[1], f"{out[-1][2]}-{tok[2]}")
        elif soft is not None and soft.end() == tok[0]:
            out[-1] = (out[-1][0], tok[1], f"{out[-1][2]}{tok[2]}")
        else:
            out.append(tok)
    return out


class _Finder:
    """One pass over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.found: list[NameSpan] = []
        self._people_words: set[str] | None = None
        self._countries_here: dict[str, bool] = {}

    def people_words(self) -> set[str]:
        """The capitalised words this text writes right before a verb only people do ("Later Şirivan said"),
        found once, when first asked."""
        if self._people_words is None:
            self._people_words = words_used_as_names(self.text)
        return self._people_words

    def run(self) -> list[NameSpan]:
        tokens = self.tokens
        i, n = 0, len(tokens)
        while i < n:
            word = tokens[i][2]
            if not word[:1].isupper() and not _PARTICLE_PREFIX.match(word):
                i += 1
                continue
            if (degree := DOTTED_DEGREE.match(self.text, tokens[i][0])) is not None:
                while i < n and tokens[i][0] < degree.end():
                    i += 1  # "M.Sc", "Ph.D": a degree's letters, no initial and no first name
                continue
            after = (self._title(i) or self._initials(i) or self._full_name(i) or self._single(i))
            i = after if after else i + 1
        self._defined_by_initials()
        self._nicknamed()
        self._known_as()
        self._kin_named()
        self._surname_first()
        self._family_name()
        self._before_label()
        self._review_subject()
        self._file_name()
        self._vocative()
        self._first_names_before_titled_words()
        self._listed_children()
        keep = gz.KeepPhraseFinder(self.text, tokens)  # drops "Clare" in "Clare's Law"
        return [f for f in sorted(self.found, key=lambda f: f.start) if not keep.covers(f.start, f.end)
                and not _calendar_pair(self.text, f.start, f.end)]

    # (d0) A list of children by first name, each with an age or a date of birth ("Liberty, 17" / "Freedom, 7", "Joey
    # 21/01/2009; Freedom 27/08/2016"): where most of the list's words are first names, every one is a child's name,
    # a word's too ("Freedom", "Honey").
    def _listed_children(self) -> None:
        for rx in (_CHILD_LINE, _CHILD_ITEM):
            run: list[re.Match[str]] = []
            for m in [*rx.finditer(self.text), None]:
                if m is not None and run and _LIST_GAP.fullmatch(self.text, run[-1].end(), m.start()) is not None:
                    run.append(m)
                    continue
                names = [r.group("name") for r in run]
                if len(run) >= 3 and sum(map(gz.is_first_name, names)) * 2 >= len(run) \
                        and sum(gz.is_first_name(x) and not gz.is_english_word(x) for x in names) >= 2:
                    for r in run:
                        if not gz.is_keep_phrase(r.group("name")) and not gz.is_place(r.group("name")):
                            self._replace(r.start("name"), r.end("name"), SCORE_LISTED_CHILD, LISTED_CHILD_REASON)
                run = [m] if m is not None else []

    # (d) A name the draft abbreviates to its initials: "Qawee Naeem (QN)".
    def _defined_by_initials(self) -> None:
        for m in _WITH_INITIALS.finditer(self.text):
            words = m.group(1).split()
            initials = m.group(2)
            if initials not in ("".join(w[0] for w in words), words[0][0] + words[-1][0]):
                continue
            if _only_a_name(words) or _given_name_before_initials(words) or _listed_name_words(words) \
                    or _clear_first_name_and_word(words):
                self._replace(m.start(1), m.end(1), SCORE_DEFINED_INITIALS, "name with its initials")

    # (d2) A nickname in quotes between a first name and a surname: 'Tomasz "Tomek" Wiśniewski'. The first name
    # is listed; the surname a listed surname or a word no dictionary holds, and no place or organisation.
    def _nicknamed(self) -> None:
        for m in _NICKNAMED.finditer(self.text):
            first, last = m.group("first"), gz.strip_possessive(m.group("last"))
            if not gz.is_first_name(first) or gz.is_keep_phrase(last) or gz.org_head(last) is not None \
                    or gz.is_uk_place(last) or not (gz.is_surname(last) or not gz.is_english_word(last)):
                continue
            self._replace(m.start(), m.start("last") + len(last), SCORE_DEFINED_INITIALS,
                          "first name, nickname in quotes and surname")

    @staticmethod
    def _not_a_name_gone_by(name: str) -> bool:
        """Whether a word someone is said to go by is no name: vocabulary, a place, a body, a kin word or a family
        role (the review's label: 'knew him only as "Partner"'), a call, or a name with "The"."""
        return gz.is_keep_phrase(name) or gz.is_uk_place(name) or gz.org_head(name.split()[-1]) is not None \
            or _Finder._kin_or_role(name) or name.casefold() in _CALLED_NOT_NAME \
            or name.split()[0] == "The"  # 'the estate, known locally as "The Bronx"': a place's

    @staticmethod
    def _kin_or_role(name: str) -> bool:
        """Whether a word someone is said to go by is a kin word or a family role ("Mum", "Partner"), or a role's
        words (the review's label: "Farm Worker")."""
        return name.casefold() in _KIN_CALLED or name.casefold() in ROLE_WORDS \
            or (" " in name and name.split()[-1].casefold() in ROLE_WORDS)

    @staticmethod
    def _nickname(name: str, after_a_person: bool = False) -> bool:
        """Whether a word in quotes beside a name is a name the person goes by: no word :meth:`_not_a_name_gone_by`
        rejects, nor a dictionary's that is no first name (a defined term: 'Partnership ("Board")'), unless right
        after a person's full name ('Ciarán McCann ("Kiwi")')."""
        return not _Finder._not_a_name_gone_by(name) and not (
            gz.is_english_word(name) and not gz.is_first_name(name) and not after_a_person)

    # (d3) A name someone goes by, in quotes after "known as" or "nicknamed": 'her partner, known as "Tank"',
    # 'nicknamed ‘Smiley’'. Not a name the review gives ("referred to in this report as …", a pseudonym).
    def _known_as(self) -> None:
        for m in (*_KNOWN_AS.finditer(self.text), *_KNOWN_TO_AS.finditer(self.text),
                  *_CALLED_BY_THEIR_OWN.finditer(self.text), *_KEYED_ALIAS.finditer(self.text)):
            for group in ("name", "other") if "other" in m.re.groupindex else ("name",):
                name = m.group(group)
                if name is None or _FOR_THIS_REVIEW.match(self.text, m.end()) or (
                        self._not_a_name_gone_by(name) and not _PERSONA.match(m.group())) or self._kin_or_role(name):
                    continue  # (a boy called "Lewis" is a person, though Lewis is an island too; a friend called
                    # "Mum" is no one's name)
                self._replace(m.start(group), m.end(group), SCORE_DEFINED_INITIALS, KNOWN_AS_REASON)
        for m in _ALIAS_INITIALS.finditer(self.text):
            group = "after" if m.group("after") else "listed" if m.group("listed") else "first"
            letters = m.group(group)
            if letters not in AGENCY_ACRONYMS and letters.casefold() not in gz.acronym_keys() \
                    and letters not in _NO_INITIALS and not gz.is_english_word(letters.lower()):
                self._replace(m.start(group), m.end(group), SCORE_DEFINED_INITIALS, KNOWN_AS_REASON)
        for pattern in _NICKNAME_AFTER_NAME:
            for m in pattern.finditer(self.text):
                name = m.group("name")
                before = _FULL_NAME_BEFORE.search(self.text, max(0, m.start("name") - 80), m.start("name"))
                after_a_person = before is not None and gz.is_first_name(before.group("first"))
                if self._nickname(name, after_a_person):
                    self._replace(m.start("name"), m.end("name"), SCORE_DEFINED_INITIALS, KNOWN_AS_REASON)
        for m in _SHORT_FORM_AFTER.finditer(self.text):
            first, name = m.group("first"), m.group("name")
            if name.casefold()[:3] == first.casefold()[:3] and name != first and gz.is_first_name(first) \
                    and not self._not_a_name_gone_by(name):
                self._replace(m.start("name"), m.end("name"), SCORE_DEFINED_INITIALS, KNOWN_AS_REASON)
        for m in _NICKNAMES_LISTED.finditer(self.text):
            for q in _QUOTED_NAME_RE.finditer(self.text, m.start("list"), m.end("list")):
                name = q.group("name")
                if self._nickname(name):
                    self._replace(q.start("name"), q.end("name"), SCORE_DEFINED_INITIALS, KNOWN_AS_REASON)
        for m in _SPELT.finditer(self.text):
            group = "quoted" if m.group("quoted") else "listed"
            at = m.start(group)
            for part in _SPELT_PARTS.split(m.group(group)):
                start = self.text.index(part, at)
                at = start + len(part)
                if _spelt_name(part, quoted=group == "quoted"):
                    self._replace(start, at, SCORE_DEFINED_INITIALS, SPELT_REASON)
        for m in _REMEMBERED.finditer(self.text):
            name = m.group("name")
            if gz.is_keep_phrase(name) or gz.is_place(name) or gz.org_head(name) is not None \
                    or (gz.is_english_word(name) and not gz.is_first_name(name)):
                continue
            self._replace(m.start("name"), m.end("name"), SCORE_DEFINED_INITIALS, REMEMBERED_REASON)
        for m in _MAIDEN_NAME.finditer(self.text):
            if gz.is_surname(m.group("name")) or _unlisted_title_word(m.group("name")):
                self._replace(m.start("name"), m.end("name"), SCORE_DEFINED_INITIALS, MAIDEN_NAME_REASON)

    # (d3b) A relative's name after the kin word the family calls them by ("Nan Lol", "Auntie Jade", "Uncle Bobby"):
    # a listed first name, a word no dictionary holds, or a short word that is no function word; no place, role or
    # organisation.
    def _kin_named(self) -> None:
        for m in _KIN_NAMED.finditer(self.text):
            name = m.group("name")
            if (_first_name_strength(name, allow_month=False) is not None or not gz.is_english_word(name)
                    or (len(name) <= 4 and name.casefold() not in gz.FUNCTION_WORDS)) \
                    and _no_place_role_or_organisation(name) and not gz.is_keep_phrase(name) \
                    and not gz.is_country(name) and not gz.is_nationality(name):
                self._replace(m.start("name"), m.end("name"), SCORE_REVIEW_SUBJECT, KIN_NAMED_REASON)

    # (d4) A record's surname first, in capitals, then the given names: "SMITH, Kelly Ann", "BROWN Jason" (police
    # and health records). The surname a listed one and no public word; the first given name a listed first name.
    def _surname_first(self) -> None:
        for m in SURNAME_FIRST.finditer(self.text):
            if surname_first(m.group()) is not None or (
                    _BIRTH_AFTER.match(self.text, m.end()) and surname_first_before_birth(m.group())):
                self._replace(m.start(), m.end(), SCORE_FULL_STRONG, SURNAME_FIRST_REASON)
        for m in SURNAME_COMMA_FIRST.finditer(self.text):
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            if _RECORD_ITEM_BEFORE.search(self.text, max(line_start - 1, m.start() - 40, 0), m.start()) \
                    and _RECORD_ITEM_AFTER.match(self.text, m.end()) and _surname_comma_first(
                        m.group(), _KIN_AFTER.match(self.text, m.end()) is not None,
                        alone=not self.text[line_start:m.start()].strip() and bool(_LINE_END.match(self.text, m.end()))
                    ) is not None:
                self._replace(m.start(), m.end(), SCORE_FULL_STRONG, SURNAME_FIRST_REASON)

    # (d4b) A surname or first name right before the person's label in brackets ("Walker (Adult H) was interviewed"):
    # a listed name, though a word too, or a word no dictionary holds; no place, role, title or public word.
    def _before_label(self) -> None:
        if "(" not in self.text:
            return
        for m in _BEFORE_PERSON_LABEL.finditer(self.text):
            word = m.group("name")
            if word in _TITLES or gz.is_keep_phrase(word) or not _no_place_role_or_organisation(word) \
                    or gz.is_country(word) or gz.is_nationality(word) \
                    or not (gz.is_surname(word) or gz.is_first_name(word) or not gz.is_english_word(word)):
                continue
            self._replace(m.start("name"), m.end("name"), SCORE_DEFINED_INITIALS, "a name before the person's label")

    # (d5) A family by its surname: "the Gray family", "the Valachovič family". The word a listed surname or no
    # dictionary word, and no place, nationality, religion or public word ("the Polish family", "the Royal family").
    def _family_name(self) -> None:
        for m in _FAMILY_NAME.finditer(self.text):
            word = m.group("name")
            if (gz.is_surname(word) or not gz.is_word_or_plural(word)) and _no_place_role_or_organisation(word) \
                    and not gz.is_country(word) and not gz.is_nationality(word) and not gz.is_keep_phrase(word) \
                    and word.casefold() not in _KIND_OF_FAMILY:
                self._replace(m.start("name"), m.end("name"), SCORE_FULL, FAMILY_NAME_REASON)

    # (e) The child a review is about, where the published report writes "Child B": the name on the line
    # under (or over) its title ("Learning Review" / "Taahir Maawiya") or after it on its line ("Serious Case Review -
    # Lutf Urrab"), after "in respect of" on its cover, or before
    # a date of birth in brackets ("Baghyawati Gokhale (d.o.b. …"); and a relative in a family list
    # ("Step-father \u2013 Carl Brown"). Two or three words that can only be a name (see ``_only_a_name``),
    # in title case or all in capitals.
    def _review_subject(self) -> None:
        subject, relative, born = SUBJECT_REASON, "a relative in a family list", "a name before a date of birth"
        spans = [(m.start("name"), m.end("name"), subject) for rx in (_UNDER_TITLE, _ABOVE_TITLE, _AFTER_TITLE)
                 for m in rx.finditer(self.text) if REVIEW_TITLE.fullmatch(m.group("title"))]
        spans += [(m.start("name"), m.end("name"), subject) for m in _SUBJECT_CUE.finditer(self.text)]
        spans += [(m.start("name"), m.end("name"), relative) for m in _AFTER_KIN.finditer(self.text)]
        spans += [(m.start("name"), m.end("name"), born) for rx in (_BEFORE_BIRTH, _OWNS_BIRTH_DATE)
                  for m in rx.finditer(self.text)]
        spans += [(m.start("name"), m.end("name"), born) for m in _SIGNATORY.finditer(self.text)]
        spans += [(m.start("name"), m.end("name"), KIN_ROW_REASON) for rx in (_BEFORE_KIN_CELL, _FIELD_NAME)
                  for m in rx.finditer(self.text)]
        spans += [(m.start("name"), m.end("name"), MET_WITH_REASON) for j in _MET_WITH_JOIN.finditer(self.text)
                  if _MET_WITH_CUE.search(self.text, max(0, j.start() - 40), j.start())
                  and (m := _NAME_ENDING_PHRASE.match(self.text, j.end())) is not None]
        titled = {m.start("name"): m.end("name") for m in _BEFORE_TITLE.finditer(self.text)}
        spans += [(start, end, subject) for start, end in titled.items()]
        for start, end, reason in spans:
            words = self.text[start:end].split()
            if len(words) > 2 and words[0].casefold() in _OPENING_NOT_NAME:  # "Re Jonas Brennack (born …"
                start = self.text.index(words[1], start + len(words[0]))
                words = words[1:]
            cased = all(_is_upper_word(w) for w in words) or all(_is_title_case(w) for w in words)
            if cased and _only_a_name(words, reason in (born, KIN_ROW_REASON) or start in titled) \
                    and not gz.is_keep_phrase(self.text[start:end]):
                self._replace(start, end, SCORE_REVIEW_SUBJECT, reason)

    # (e3) A first name called out at the start of quoted speech, greeted in a letter ("Dear Carl,") or signing it
    # alone under its sign-off ("Kind regards," / "Pedro"): a listed first name (no interjection or endearment), or
    # a word of four letters or more that no list or dictionary holds (a letter greets a surname too: "Dear
    # Harto,"); no place, role or organisation.
    def _vocative(self) -> None:
        for m in _VOCATIVE.finditer(self.text):
            self._called(m, False)
        for rx in (_GREETING, _THANKED, _SIGN_OFF, _SIGN_OFF_ON_LINE):
            for m in rx.finditer(self.text):
                self._called(m, True)

    def _called(self, m: re.Match[str], greeted: bool) -> None:
        word = m.group("name")
        if word.casefold() in _ACKNOWLEDGEMENTS and not greeted:
            return
        listed = _first_name_strength(word, allow_month=False) is not None and word.casefold() not in _CALLED_NOT_NAME
        if (listed or (len(word) >= 4 and not gz.is_english_word(word) and (greeted or not gz.is_surname(word)))) \
                and _no_place_role_or_organisation(word) and not gz.is_keep_phrase(word) \
                and not gz.is_country(word) and not gz.is_nationality(word):
            self._replace(m.start("name"), m.end("name"), SCORE_REVIEW_SUBJECT, VOCATIVE_REASON)

    # (e4) A role's noun the text writes as a surname after a personal title ("Mrs Doctor telephoned") is that
    # surname after a clear first name too ("staying with Vedika Doctor").
    def _first_names_before_titled_words(self) -> None:
        text = self.text
        titled = [text[f.start:f.end].split() for f in self.found if f.reason == "title"]
        words = {parts[1] for parts in titled if len(parts) == 2 and parts[0] in _PERSONAL_TITLES
                 and _base(parts[1]).casefold() in _ROLE_NOUNS}
        for word in words:
            for m in re.finditer(rf"(?<![\w'\u2019-])({gz.LATIN_CAPITAL}[\w'\u2019-]+)[ \t]{re.escape(word)}"
                                 r"(?![\w'\u2019-])", text):
                if _first_name_strength(m.group(1), allow_month=False) == "strong":
                    self._replace(m.start(), m.end(), SCORE_FULL, "first+surname (the surname written after a title)")

    # (e2) A name in a document's file name: two or three words that can only be a name, all in capitals or all
    # in title case ("HERACLEEA AANEI Final.pdf"). A word of four capitals or fewer is an abbreviation there.
    def _file_name(self) -> None:
        text = self.text
        for ext in _FILE_EXTENSION.finditer(text):
            stem = _FILE_STEM_START.search(text, max(0, ext.start() - 120), ext.start())
            if stem is None:
                continue
            words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", stem.group())]
            k = 0
            while k < len(words) - 1:
                for size in (3, 2):
                    run = [w for _, _, w in words[k:k + size]]
                    if len(run) == size and _file_name_person(run):
                        start, end = stem.start() + words[k][0], stem.start() + words[k + size - 1][1]
                        self._replace(start, end, SCORE_REVIEW_SUBJECT, FILE_NAME_REASON)
                        k += size - 1
                        break
                k += 1

    def _replace(self, start: int, end: int, score: float, reason: str) -> None:
        """Add a name unless it is part of a longer one found; the shorter ones inside it go."""
        if any(f.start < end and start < f.end and not (start <= f.start and f.end <= end) for f in self.found):
            return
        self.found = [f for f in self.found if not (start <= f.start and f.end <= end)]
        self._add(start, end, score, reason)

    def _add(self, start: int, end: int, score: float, reason: str) -> None:
        if end > start:
            self.found.append(NameSpan(start, end, score, reason))

    def _preceded_by_saint(self, i: int) -> bool:
        return i > 0 and self.tokens[i - 1][2] in ("St", "Saint", "ST") and _joined(
            self.text, self.tokens, i, _TITLE_GAP)

    # (a) A title, then up to three name words: "Mrs Okafor", "DC Ruth Ashdown", "Baby JW".
    def _title(self, i: int) -> int | None:
        tokens, text = self.tokens, self.text
        word = tokens[i][2]
        last = i
        rank = next((len(pair) for pair in _RANK_PAIRS.get(word, ()) if tuple(t[2] for t in tokens[i:i + len(pair)])
                     == pair and all(_joined(text, tokens, i + k) for k in range(1, len(pair)))), 0)
        if rank:
            last = i + rank - 1  # "Flt Lt", "Squadron Leader", "Chief Petty Officer"
        elif word in _RANK_WORDS:
            j = i
            while j + 1 < len(tokens) and j - i < 3 and _joined(text, tokens, j + 1):
                j += 1
                if tokens[j][2] in _TITLES:
                    if tokens[j][2] in _PERSONAL_TITLES:
                        return None  # "… Westmoor Police / Dr Amara Obi": a line's end, then a doctor
                    last = j
                    break
                if tokens[j][2] not in _RANK_WORDS:
                    return None
            else:
                return None
            if last == i:
                return None
        elif word not in _TITLES and word not in _TITLES_UPPER:
            return None
        title = tokens[last][2]
        if len(title) > 4 and title != "Const" and text.startswith(".", tokens[last][1]):
            return None  # "… the Children's Commissioner." ends a sentence; a title's abbreviation keeps its stop
        heading = word in _TITLES_UPPER or (_is_upper_word(word) and (
            word not in ("DC", "PC", "DS", "DI", "DCI", "DSI", "HHJ", "PCSO") or _upper_line(text, tokens[i][0])))
        parts: list[int] = []
        letters = 0
        j = last + 1
        gap = _TITLE_GAP
        if title in _COLLAR_TITLES and j < len(tokens) and _COLLAR_GAP.fullmatch(text, tokens[last][1], tokens[j][0]):
            gap = _COLLAR_GAP  # "PC 1978 Fraser": an officer's collar number between rank and name
        while j < len(tokens) and len(parts) < 4 and _joined(text, tokens, j, gap):
            w = tokens[j][2]
            nursing_surname = False  # (each word's own: set where the condition below reads it)
            if _is_initial(w) or _POSSESSIVE_INITIAL.fullmatch(w):
                parts.append(j)
                letters += 1
                gap = _INITIAL_GAP
                if title == "Baby" or len(w) > 1:
                    break  # "Baby W" is a label (what follows is another name); "Mr A's" ends the name
            elif title == "Baby" and _is_upper_word(w) and len(w) <= 3 and not parts:
                parts.append(j)  # "Baby JW": the initials stand for the name
                letters += 1
                break
            elif title in _INITIALS_TITLES and _is_upper_word(w) and len(w) <= 3 and not parts and w.isalpha() \
                    and not _upper_line(text, tokens[j][0]) and w not in _AFTER_TITLE_NOT_INITIALS:
                parts.append(j)  # "Dr IPB", "Mrs KD": a practitioner by initials, as chronologies write them
                # (two letters are also a published review's label, "Ms BB", which the keep list then holds)
                break
            elif w in PARTICLES and j + 1 < len(tokens):
                parts.append(j)  # "Mr van der Berg"
                gap = _NAME_GAP
            elif (_is_title_case(w) or (heading and _is_upper_word(w))) and (w.casefold() not in _NOT_NAME or (
                    title in _SURNAME_TITLES and not parts and (_surname_after_title(w)
                                                                or _function_word_surname(text, tokens, j)))
                    or (nursing_surname := title in NURSING and not parts and _nurses_surname(text, tokens, j))
                    or _month_as_name(text, tokens, j) or self._surname_after_first_name(parts, j)):
                base = _base(w)
                if heading and not parts and not _is_upper_word(w) and gz.is_english_word(base):
                    break  # "the birth of MR. Fathers and …": capitals ending a sentence are initials, no title
                if (gz.is_keep_phrase(base) and not (title in _SURNAME_TITLES and _surname_after_title(w))) or (
                        title in _ROLE_TITLES and not (
                        _first_name_strength(w) or _surname_strength(w, heading) or nursing_surname)) or (
                        title in _WORD_RANKS and not parts and self._everyday_words_after_rank(j)):
                    break  # (a rank that is an everyday word, then another: "Major Crime", "Private Fostering")
                if parts and "\n" in text[tokens[j - 1][1]:tokens[j][0]] and (len(parts) - letters >= 2 or not (
                        _first_name_strength(w) or _surname_strength(w, heading))):
                    break  # the next line starts with an ordinary word ("Dr Jane Smith / Independent …"), or the name
                    # ended with the line, a first name and a surname ("Dr Rachel Featherstone / Last edited: …")
                if len(parts) >= 2 and gz.is_english_word(base) and not (
                        _first_name_strength(w) or gz.is_surname(base)):
                    break  # a name, then an ordinary word: the next thing's ("Dr Neil Fraser Independent …")
                if parts and len(parts) == letters and text.startswith(".", tokens[parts[-1]][1]) \
                        and gz.is_english_word(base) and not (_first_name_strength(w) or gz.is_surname(base)):
                    break  # a label's letter ending a sentence, then an ordinary word opening the next ("Mr A. Lives")
                parts.append(j)
                gap = _NAME_GAP
                if _is_possessive(w):
                    break
            else:
                break
            j += 1
        while parts and tokens[parts[-1]][2] in PARTICLES:
            parts.pop()
        if not parts:
            return None
        if len(parts) == letters and (letters < 2 or title == "Baby"):
            return None  # "Mr A", "Baby Q", "Baby JW": an anonymised label, not a name
        start = tokens[i][0]
        if last == i and title in _ROLE_TITLES and i > 0 and _joined(text, tokens, i) \
                and gz.is_keep_phrase(f"{tokens[i - 1][2]} {title}"):
            start = tokens[parts[0]][0]  # "School Nurse Bev Lacey": the role stays whole, the name is after it
        self._add(start, _span_end(tokens, parts[-1]), SCORE_TITLE, "title")
        return parts[-1] + 1

    def _everyday_words_after_rank(self, j: int) -> bool:
        """Whether the word at ``j`` after a rank that is an everyday word ("Major") is another everyday word: a
        dictionary word that no strong first name is, unless a word no dictionary has follows ("Major Crime Review";
        not "Captain Tom Briggs")."""
        base = _base(self.tokens[j][2])
        if not gz.is_english_word(base) or _first_name_strength(base) == "strong":
            return False
        after = self.tokens[j + 1][2] if j + 1 < len(self.tokens) and _joined(self.text, self.tokens, j + 1) else ""
        return not (_is_title_case(after) and not gz.is_english_word(_base(after)))

    # Initials before a surname ("A.B. Smith", "J. Okafor") or on their own ("J.W.").
    def _initials(self, i: int) -> int | None:
        tokens, text = self.tokens, self.text
        if not _is_initial(tokens[i][2]) or not _dot_after(text, tokens[i]) \
                or text[tokens[i][0] - 1:tokens[i][0]] in ("&", "/", "-", "\u00b0") \
                or text[tokens[i][0] - 1:tokens[i][0]].isdigit():
            return None  # (the last letter of "B&B." or "A/B." is no initial, nor a temperature's scale: "29°C.", nor
            # a note's age and sex: "34F. Poor sleep")
        if i > 0 and _joined(text, tokens, i, _INITIAL_GAP) and _is_initial(tokens[i - 1][2]):
            return None
        j = i
        while (j + 1 < len(tokens) and _is_initial(tokens[j + 1][2]) and _dot_after(text, tokens[j])
               and _joined(text, tokens, j + 1, _INITIAL_GAP)):
            j += 1
        if j == i and is_label_letter(text, tokens[i][0], tokens[i][1]):
            return self._after_label(i)  # "the death of Baby E. Due to …": the label's letter ends a sentence
        letters = "".join(tokens[k][2] for k in range(i, j + 1))
        end = tokens[j][1] + (1 if _dot_after(text, tokens[j]) else 0)
        k = j + 1
        if k < len(tokens) and _joined(text, tokens, k, _INITIAL_GAP) and _is_title_case(tokens[k][2]) \
                and _surname_strength(tokens[k][2], heading=False) is not None \
                and not _followed_by_org(text, tokens, k + 1):
            self._add(tokens[i][0], _span_end(tokens, k), SCORE_INITIALS_SURNAME, "initials+surname")
            return k + 1
        if k < len(tokens) and _joined(text, tokens, k, _INITIAL_GAP) and _is_title_case(tokens[k][2]) \
                and not gz.is_uk_place(tokens[k][2]) and _base(tokens[k][2]).casefold() not in ROLE_WORDS \
                and _role_in_brackets(text, tokens[k][1]):
            # "R. Green (health visitor)", "J. Church (maternal aunt)": a surname that is also a street's or a
            # body's word, before the person's role in brackets
            self._add(tokens[i][0], _span_end(tokens, k), SCORE_INITIALS_SURNAME, "initials+surname, then a role")
            return k + 1
        if len(letters) >= 2 and letters not in _NOT_INITIALS and _dot_after(text, tokens[j]):
            self._add(tokens[i][0], end, SCORE_INITIALS, "initials")
            return j + 1
        return None

    def _after_label(self, i: int) -> int | None:
        """After a label's letter and its full stop, the next word opens a sentence: a listed surname alone is a
        person's there if it is no dictionary word ("Baby E. Hartley was arrested") or a verb only people do
        follows it ("Baby E. Smith visited"); any other word is left to the other rules ("Baby E. Due to …",
        "Child K. Sarah visited", "Child K. Aaliyah Okafor …")."""
        tokens, text = self.tokens, self.text
        k = i + 1
        if k >= len(tokens) or not _joined(text, tokens, k, _INITIAL_GAP) or not _is_title_case(tokens[k][2]):
            return None
        word = tokens[k][2]
        if not gz.is_surname(_base(word)) or _surname_strength(word, heading=False) is None \
                or _followed_by_org(text, tokens, k + 1) \
                or (k + 1 < len(tokens) and _joined(text, tokens, k + 1) and _is_title_case(tokens[k + 1][2])):
            return None  # no surname, or a name of more words that the other rules read ("Aaliyah Okafor")
        if _surname_strength(word, heading=False) != "strong" and not PEOPLE_VERB_AFTER.match(text, tokens[k][1]):
            return None  # a dictionary word opening a sentence ("Due to …", "Young people …"), unless a person's verb
        self._add(tokens[k][0], _span_end(tokens, k), SCORE_FIRST_NAME, "a name opening the sentence after a label")
        return k + 1

    # (b) A first name and one to three surname words: "Aaliyah Okafor", "Mary Jane van der Berg".
    def _full_name(self, i: int) -> int | None:
        tokens, text = self.tokens, self.text
        word = tokens[i][2]
        heading = _is_upper_word(_base(word))
        first = _first_name_strength(word)
        season = first is None and _base(word).casefold() in _SEASONS_AS_NAMES and gz.is_first_name(_base(word))
        if season:
            first = "weak"
        elif first is None and self._before_surname(i):
            first = "strong"  # "Ekanta McClark", "Bahadurjit Ghosh": an unlisted first name before a surname
        if first is None or _is_possessive(word) or self._preceded_by_saint(i):
            return None
        surnames: list[str] = []
        particles: set[int] = set()
        parts = [i]
        j = i + 1
        gap = _NAME_GAP
        while j < len(tokens) and len(parts) < 5 and _joined(text, tokens, j, gap) \
                and not _ends_table_row(text, tokens[j - 1][1], tokens[j][0]):
            w = tokens[j][2]
            gap = _NAME_GAP
            if w in PARTICLES or (w.casefold() in PARTICLES and w[:1].isupper() and j + 1 < len(tokens)
                                   and (_is_title_case(tokens[j + 1][2])
                                        or (not heading and _is_upper_word(_base(tokens[j + 1][2]))))) \
                    or (w == "an" and j + 1 < len(tokens) and _is_title_case(tokens[j + 1][2])
                        and any(tokens[k][2] in _IRISH_PREFIXES for k in parts)):  # "Mac Giolla an Chloig"
                parts.append(j)
                particles.add(j)
            elif _is_initial(w) and not heading:
                parts.append(j)  # a middle initial, "John A. Smith"
                gap = _TITLE_GAP
            else:
                if not heading and len(parts) - len(particles) in (1, 2) and _is_upper_word(_base(w)) \
                        and not ("\n" in text[tokens[j - 1][1]:tokens[j][0]]
                                 and (opens_key_entry(text, tokens[j][0], tokens[j][1])
                                      or _CAPITALS_WORD_AFTER.match(text, tokens[j][1]))) \
                        and _record_surname(_base(w), first, bool(PEOPLE_VERB_AFTER.match(text, tokens[j][1])
                                                                  or _AUXILIARY_AFTER.match(text, tokens[j][1])
                                                                  or _AGE_AFTER.match(text, tokens[j][1])),
                                            _KEY_ROLE_AFTER.match(text, tokens[j][1]) is not None):
                    parts.append(j)  # "Ioana NISTOR", "Kelly MARSH", "Harjit Singh DHILLON": a record's surname in
                    surnames.append("strong")  # capitals after the given names (police and court records write so)
                    break
                if heading != _is_upper_word(_base(w)) or not (heading or _is_title_case(w)):
                    break
                if any(_base(tokens[k][2]).casefold() == _base(w).casefold() for k in parts):
                    break  # a name never repeats a word: "Grace Okafor Okafor Eze" is fields run together
                if "\n" in text[tokens[j - 1][1]:tokens[j][0]] and self._starts_role(j):
                    break  # a table row read as lines: the name's cell, then "Grandparent", "Young person …"
                if "\n" in text[tokens[j - 1][1]:tokens[j][0]] and self._starts_full_name(j) and (
                        surnames or heading or gz.is_country(_base(word)) or gz.is_world_city(_base(word))):
                    break  # "… Jack Straw" / "Shabir Ahmed was": one whole name per line (a line in capitals, a
                    # cover's, ends with its name: "UHBAN IHAB" / "FERGUS SMITH Published …"; a key's line ends
                    # with a country: "… living in Kumasi, Ghana" / "Tiana Baptiste-Owusu - sister")
                if (_base(w).casefold() in _LABEL_WORDS or "\n" in text[tokens[j - 1][1]:tokens[j][0]]) \
                        and _COLON_AFTER.match(text, tokens[j][1]):
                    break  # "Siobhan Author: Isobel Colquhoun", "Gareth Pugh" / "Cc: …": a field's label, no surname
                strength = _surname_strength(w, heading)
                if strength is None and len(parts) == 1 and self._street_word_surname(i, j):
                    parts.append(j)  # "Ana Green", "Mary Hill": a surname, though streets end in it too
                    surnames.append("street")
                    break
                if strength is None and len(parts) == 1 and self._word_surname(i, j):
                    parts.append(j)  # "Darren Ward", "Leah West": a clear first name's surname, though a word too
                    surnames.append("word")
                    break
                if strength is None:
                    break
                parts.append(j)
                surnames.append(strength)
                if _is_possessive(w):
                    break
            j += 1
        # a given name no dictionary holds and the surname's initial, as notes sign and name people ("Nicky B")
        if len(parts) == 2 and first is not None and not heading and _is_initial(tokens[parts[1]][2]) \
                and not _INITIAL_GOES_ON.match(text, tokens[parts[1]][1]) \
                and _base(word).casefold() not in _VERBS_AS_NAMES:
            self._add(tokens[i][0], tokens[parts[1]][1], SCORE_FULL, "first name and the surname's initial")
            return parts[1] + 1
        # a particle joins the name after it; one that ends the name, capitalised, was read as its surname ("Das")
        while parts and (parts[-1] in particles or _is_initial(tokens[parts[-1]][2])):
            parts.pop()
        if not surnames or len(parts) < 2 or (season and "strong" not in surnames and not in_person_slot(
                text, tokens[i][0], _span_end(tokens, parts[-1]))):
            return None  # ("Summer Fair"; but "told Autumn Field that": a person stands there)
        if first == "weak" and len(surnames) >= 2 and "\n" in text[tokens[i][1]:tokens[parts[1]][0]] \
                and (_first_name_strength(tokens[parts[1]][2]) is not None
                     or not text[text.rfind("\n", 0, tokens[i][0]) + 1:tokens[i][0]].strip()):
            return None  # "… Safeguarding Hub" ends a line, "Tony Ellis" the next; "Owner" alone on its line, a
            # field's label, "Monuara Ullah" the next: a name starts on the next line
        last = parts[-1]
        # Part of an organisation, a place or vocabulary: consume the words, flag nothing.
        if _followed_by_org(text, tokens, last + 1):
            return last + 1
        start, end = tokens[i][0], _span_end(tokens, last)
        span_text = text[start:end]
        if gz.is_keep_phrase(span_text) or gz.is_uk_place(span_text) or gz.police_force(span_text) \
                or gz.is_country(span_text) \
                or (len(parts) >= 3 and gz.is_keep_phrase(text[tokens[parts[1]][0]:end])) \
                or (gz.is_world_city(span_text) and not (gz.is_first_name(_base(word))
                                                         and gz.is_surname(_base(tokens[last][2])))) \
                or gz.org_kind(span_text) == "hospital" or CONDITION_AFTER.match(text, end) \
                or (gz.org_kind(span_text) is not None and not gz.is_surname(_base(tokens[last][2]))) \
                or (_THE_BEFORE.search(text, max(0, start - 5), start) and _THING_AFTER.match(text, end)) \
                or _IMAGE_WORD.fullmatch(tokens[last][2]) or _IMAGE_AFTER.match(text, end) \
                or _BUILDING_AFTER.match(text, end) \
                or (_base(word) == "River" and _RIVER_BEFORE.search(text, max(0, start - 30), start)) \
                or (_base(word).casefold() == "pan" and gz.is_uk_place(text[tokens[parts[1]][0]:end])) \
                or all(gz.is_people_word(_base(tokens[k][2])) for k in parts) \
                or numbered_label_at(text, tokens[last][0]):
            return last + 1  # ("Royal Oldham": the town's hospital; "Pakistani Kashmiri": a people's words; "Addis
            # Ababa": a city abroad, unless a listed first name and surname ("Juan Diaz"); "Hong Kong": a country's;
            # "London Beth Din": a public name's words after the first;
            # "Manorcourt Homecare": a body's head word that is no surname; "the Hope Box project", "X Logo": a
            # thing's; "Pan London", "Pan Cheshire": the prefix "pan-", all of a place; "Garrison Town 1": a place's
            # label with its number)
        words = [_base(tokens[k][2]) for k in parts]
        if heading:
            if first == "weak" and "strong" not in surnames:
                return last + 1
            if any(len(w) < 3 for w in words):
                return last + 1  # two capitals are an abbreviation or initials ("NI JG 10 37 52 A"), not a name
            if any(w.casefold() in gz.generic_words() for w in words):
                return last + 1
            score, reason = SCORE_HEADING, "first+surname (heading)"
        elif first == "strong" and "street" not in surnames:
            score, reason = SCORE_FULL_STRONG, "first+surname"
        elif "strong" in surnames:
            score, reason = SCORE_FULL, "first+surname"
        elif any(tokens[k][2].islower() for k in particles) and not gz.is_country(words[-1]) \
                and not gz.is_world_city(words[-1]):
            score, reason = SCORE_FULL, "first+surname"  # "Grace van der Berg": no phrase has particles inside
        else:  # both ordinary words: "Grace Archer", "Will Thatcher"; a street's word: "Ana Green"
            reason = WORD_PAIR_REASON
            generic = [w.casefold() in gz.generic_words() for w in words]
            if any(generic):  # "Foster Care"; but "Blair Foster", if the draft also writes "Blair" alone
                if len(words) != 2 or generic[0] or not gz.is_first_name(words[0]) or not gz.is_surname(words[1]) \
                        or _STREET_WORD_PLACE_AFTER.match(text, end):
                    return None  # nor running on into more capitals ("the Will Foster Care plan")
                reason = VOCABULARY_PAIR_REASON
            if (_is_sentence_start(text, tokens, i) and not _BIRTH_AFTER.match(text, end)
                    and not _PERSON_AFTER.match(text, end)
                    and not _PERSON_FIELD_BEFORE.search(text, max(0, start - 30), start)) \
                    or _in_quoted_title(text, start, end):
                return None
            if _THE_BEFORE.search(text, max(0, start - 5), start) and not _CASE_AFTER.match(text, end):
                return None  # "the Green Book": a thing's name (a person's after "the" only before "case" …)
            if _PRONOUN_BEFORE.search(text, max(0, start - 6), start):
                return None  # "Babies Cry, You Can Cope!": a title's words after a capitalised pronoun
            score = SCORE_WEAK_PAIR
        self._add(start, end, score, reason)
        return last + 1

    def _starts_full_name(self, j: int) -> bool:
        """Whether token ``j`` opens a first name and surname of its own on its line."""
        tokens, text = self.tokens, self.text
        return j + 1 < len(tokens) and _first_name_strength(tokens[j][2]) == "strong" \
            and "\n" not in text[tokens[j][1]:tokens[j + 1][0]] and _joined(text, tokens, j + 1) \
            and _surname_strength(tokens[j + 1][2], _is_upper_word(_base(tokens[j][2]))) is not None

    def _word_surname(self, i: int, j: int) -> bool:
        """Whether the word at ``j``, an English word, is the surname of the clear first name (listed, no English
        word) at ``i`` before it, where nothing reads it as that word (for the first kind below, any first name the
        text also writes alone before a verb only people do: "Violet Ward" … "Later Violet said"):

        * a listed surname a review also writes as a word of its own (a compass point, a month, a season, a
          hospital ward, a page: "Later Darren Ward was seen"), with no number after ("May 2019", "Page 3"), no
          place's preposition before ("on Jasmine Ward", "in Kent West") and no capitalised word after
          ("Victoria West Midlands");
        * any other capitalised word, no surname list holds ("Agathe Killer", "Sepp Glasses"), that is no word of
          the agencies, organisations, places, roles or calendar, mid-sentence before a lower-case word or
          punctuation."""
        tokens, text = self.tokens, self.text
        first, word = _base(tokens[i][2]), _base(tokens[j][2])
        key = word.casefold()
        if _is_title_case(word) and gz.is_surname(word) and gz.is_first_name(first) \
                and text[tokens[i][1]:tokens[j][0]] == " " and _AGED_AFTER.match(text, tokens[j][1]) \
                and not _WARD_PLACE_BEFORE.search(text, max(0, tokens[i][0] - 40), tokens[i][0]):
            return True  # a person's age after the name: "Lincoln Ward, aged 19", "Jack Ward (aged 19)"
        clear = _first_name_strength(tokens[i][2], allow_month=False) == "strong"
        if not _is_title_case(word) or not (clear or first in self.people_words()) \
                or gz.is_uk_place(first) or text[tokens[i][1]:tokens[j][0]] != " " \
                or _WARD_PLACE_BEFORE.search(text, max(0, tokens[i][0] - 40), tokens[i][0]):
            return False
        if key in _WORD_SURNAMES and gz.is_surname(word):
            after = tokens[j][1]
            return not _NUMBER_AFTER.match(text, after) and _STREET_WORD_PLACE_AFTER.match(text, after) is None
        if not clear or gz.is_surname(word) or not gz.is_english_word(word) or key in _NOT_NAME \
                or key in _AFTER_NAME_STOP \
                or key in gz.generic_words() or key in ROLE_WORDS or key in _ROLE_NOUNS or key in _MONTH_WORDS \
                or gz.org_head(word) is not None or gz.is_keep_phrase(word) or gz.is_uk_place(word) \
                or gz.is_world_city(word) or not word.isalpha() or gz.is_verb_ing_form(word):
            return False
        return _LOWER_OR_STOP_AFTER.match(text, tokens[j][1]) is not None

    def _street_word_surname(self, i: int, j: int) -> bool:
        """Whether the word at ``j``, a listed surname that also ends streets and buildings ("Green", "Hill",
        "Hall"), is the surname of the listed first name at ``i`` before it: not an address's (a number
        or a place's preposition before, another capitalised word or a comma and one after)."""
        tokens, text = self.tokens, self.text
        first, word = _base(tokens[i][2]), _base(tokens[j][2])
        if not (all(map(gz.is_first_name, first.split("-"))) and gz.is_surname(word)
                and word.casefold() in _AFTER_NAME_STOP) \
                or first.casefold() in _AFTER_NAME_STOP:
            return False  # "Hill Lane" of "the Rose Hill Lane flats": two of a street's words
        if text[tokens[i][1]:tokens[j][0]] != " " \
                or _STREET_WORD_PLACE_BEFORE.search(text, max(0, tokens[i][0] - 40), tokens[i][0]):
            return False
        return _STREET_WORD_PLACE_AFTER.match(text, tokens[j][1]) is None

    def _unknown_word(self, i: int) -> bool:
        """Whether token ``i`` is a title-case word of three letters or more that no list knows: no dictionary
        word, place, city abroad, keep phrase or agency vocabulary."""
        base = _base(self.tokens[i][2])
        return _unlisted_title_word(base) and len(base) >= 3 and not _is_upper_word(base) \
            and base.casefold() not in gz.generic_words() and not gz.is_world_city(base)

    def _before_surname(self, i: int) -> bool:
        """Whether the word at ``i`` is a capitalised word no list knows (no dictionary word, place, keep phrase
        or capitals) written directly before a surname with a patronymic prefix ("McClark", "MacAskill",
        "O'Driscoll"), joined or written apart ("Mac Con Rí", "Ó Mugabháin"): the shape of a full name even
        where neither word is listed; or before a listed surname on the same line, a village's name too, that is
        no dictionary word ("Bahadurjit Ghosh", "Abdulsemet Barton") or no word a street, organisation, role or
        the agencies' vocabulary uses ("Aysevim Parsons", "Ebuakil Carter"), where the first word is listed as no
        surname or only in letters English never writes ("Şanlı Baker"); or before any listed surname where the
        text writes the word alone before a verb only people do ("Şirivan Black" … "Later Şirivan said"); or
        before a second word no list
        knows (but as a surname), with no more capitals before or after them ("Adekitan Olugbayila", "Hasso
        Holzapfel"; not "Rhondda Cynon Taf"). A middle initial may stand between ("Niyilolawa O. Adekunle")."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or not _joined(self.text, tokens, i + 1) or _is_possessive(tokens[i][2]):
            return False
        if self._capitals_alone_on_line(i):
            return True
        if not self._unknown_word(i):
            return self._city_name_before_unknown(i)
        first = _base(tokens[i][2])
        # "Niyilolawa O. Adekunle": the surname after a middle initial, read as if next to the first name
        n = i + 2 if self._middle_initial(i + 1) else i + 1
        after = _base(tokens[n][2])
        one_space = n == i + 2 or self.text[tokens[i][1]:tokens[n][0]] == " "
        listed_after = one_space and _is_title_case(after) and gz.is_surname(after)
        if one_space and _is_upper_word(after) and (_record_surname(after, None) or (
                first in self.people_words() and _record_surname(after, "strong"))):
            return True  # "Azeglio LERNER": a listed surname in capitals after an unknown given name, as records write
            # (or a word no list holds, after a given name the text writes alone as a name: "Tudora ZICHICHI")
        # A first word listed as a surname is one only in letters English writes; "Şanlı Baker" is a full name.
        if not gz.is_surname(first) or not first.isascii():
            if _PATRONYMIC.fullmatch(after) is not None:
                return True
            if listed_after and (not gz.is_english_word(after) or _rare_word_surname(after)):
                return True  # (a village may share the surname: "Abdulsemet Barton"; the words before are no place)
        if listed_after and first in self.people_words():
            return True  # "Şirivan Black" where the text also writes "Later Şirivan said": a first name, used as one
        if one_space and self._unknown_word(n) \
                and not (n + 1 < len(tokens) and _joined(self.text, tokens, n + 1) and tokens[n + 1][2][:1].isupper()) \
                and not (i > 0 and _joined(self.text, tokens, i) and tokens[i - 1][2][:1].isupper()
                         and not gz.is_english_word(_base(tokens[i - 1][2]))):  # ("Later" opening a sentence is)
            return True  # "Adekitan Olugbayila", "Hasso Holzapfel": two words no list knows but as surnames, and no
            # more capitals around them
        if one_space and _double_barrelled(after) \
                and not (n + 1 < len(tokens) and _joined(self.text, tokens, n + 1) and tokens[n + 1][2][:1].isupper()):
            return True  # "Filofteia Aanei-Gheorghiu": a double-barrelled surname of names no dictionary holds
        # "Mac Con Rí", "Ó Mugabháin", "Nic Aodha": the particle written as a word, a capitalised name after it
        # (or the particle and the surname in capitals, as records write a surname: "Theodoro Ó MONACHÁIN")
        return after.casefold() in _PATRONYMIC_PARTICLES and (_is_title_case(after) or _is_upper_word(after)) \
            and n + 1 < len(tokens) and _joined(self.text, tokens, n + 1) \
            and (_is_title_case(_base(tokens[n + 1][2])) or _record_surname(_base(tokens[n + 1][2]), "strong"))

    def _capitals_alone_on_line(self, i: int) -> bool:
        """Whether tokens ``i`` and ``i + 1``, in capitals, are their line's only words, or the only capitals among
        a sentence's words, a word no list knows (four letters or more: no dictionary word, place, city, keep phrase
        or agency vocabulary) before a listed surname that is no English word ("Family members:" / "ZAAKIR HASSAN",
        "a referral named AZEGLIO LERNER as …"): a name, as no heading is made so."""
        tokens, text = self.tokens, self.text
        first, after = _base(tokens[i][2]), _base(tokens[i + 1][2])
        if not (_is_upper_word(first) and _is_upper_word(after)) or text[tokens[i][1]:tokens[i + 1][0]] != " ":
            return False
        line_start = text.rfind("\n", 0, tokens[i][0]) + 1
        line_end = text.find("\n", tokens[i + 1][1])
        before, rest = text[line_start:tokens[i][0]], text[tokens[i + 1][1]:None if line_end < 0 else line_end]
        in_sentence = _IN_SENTENCE_BEFORE.search(before) is not None and _IN_SENTENCE_AFTER.match(rest) is not None
        if (before.strip() or rest.strip()) and not in_sentence:
            return False
        first, after = _title_cased(first), _title_cased(after)
        return len(first) >= 4 and _unlisted_title_word(first) and first.casefold() not in gz.generic_words() \
            and not gz.is_world_city(first) and gz.is_surname(after) and not gz.is_english_word(after) \
            and not gz.is_keep_phrase(after) and not gz.is_uk_place(after)

    def _middle_initial(self, k: int) -> bool:
        """Whether the token at ``k`` is a middle initial with its stop, a capitalised word after it on the line."""
        tokens = self.tokens
        return k + 1 < len(tokens) and len(tokens[k][2]) == 1 and _is_initial(tokens[k][2]) \
            and _dot_after(self.text, tokens[k]) and self.text[tokens[k][1]:tokens[k + 1][0]] == ". " \
            and tokens[k + 1][2][:1].isupper()

    def _city_name_before_unknown(self, i: int) -> bool:
        """Whether the word at ``i``, a city's name abroad that is no English or UK place word ("Toki", "Vigo"),
        is a first name: written directly before a word no list knows, with no place's preposition before
        ("in Kampala Nakasero") and no more capitals before or after ("Later Toki Morawo was seen")."""
        tokens, text = self.tokens, self.text
        base = _base(tokens[i][2])
        if not _unlisted_title_word(base) or not gz.is_world_city(base) \
                or text[tokens[i][1]:tokens[i + 1][0]] != " " or not self._unknown_word(i + 1):
            return False
        previous = tokens[i - 1][2] if i > 0 and _joined(text, tokens, i) else ""
        if previous.casefold() in _PLACE_CUES or (
                previous[:1].isupper() and not _is_sentence_start(text, tokens, i - 1)):
            return False
        return not (i + 2 < len(tokens) and _joined(text, tokens, i + 2) and tokens[i + 2][2][:1].isupper())

    def _surname_after_first_name(self, parts: list[int], j: int) -> bool:
        """Whether token ``j``, a word on the never-a-name list, is the surname of the title and first name
        before it ("DS Aaliyah West undertook", "Dr Beth Lane was"): a listed surname, no organisation or role word,
        that ends the name (no capitalised word or number runs on: "West Yorkshire", "Summer 2019"). A street's word
        is a surname here: no street has a title."""
        tokens, text = self.tokens, self.text
        if len(parts) != 1 or _first_name_strength(tokens[parts[0]][2]) is None:
            return False
        word = _base(tokens[j][2])
        key = word.casefold()
        if not gz.is_surname(word) or key in ROLE_WORDS or key in _ROLE_NOUNS \
                or key in gz.FUNCTION_WORDS or gz.org_head(word) is not None or _NUMBER_AFTER.match(text, tokens[j][1]):
            return False
        return not (j + 1 < len(tokens) and _joined(text, tokens, j + 1) and tokens[j + 1][2][:1].isupper())

    def _starts_role(self, j: int) -> bool:
        """Whether token ``j`` is a role or kinship word ("Grandparent") or starts a public phrase ("Young
        person")."""
        tokens, text = self.tokens, self.text
        if _base(tokens[j][2]).casefold() in ROLE_WORDS:
            return True
        return j + 1 < len(tokens) and _joined(text, tokens, j + 1) \
            and gz.is_keep_phrase(text[tokens[j][0]:tokens[j + 1][1]])

    def _in_place(self, i: int) -> bool:
        """Whether token ``i`` starts or ends a multi-word place name ("Milton Keynes", "upon Tyne")."""
        tokens, text = self.tokens, self.text
        j = i + 1
        while j < len(tokens) and j - i <= 3 and _joined(text, tokens, j):
            if gz.is_uk_place(text[tokens[i][0] : tokens[j][1]]):
                return True
            j += 1
        j = i - 1
        while j >= 0 and i - j <= 3 and _joined(text, tokens, j + 1):
            if gz.is_uk_place(text[tokens[j][0] : tokens[i][1]]):
                return True
            j -= 1
        return False

    def _date_word(self, i: int) -> bool:
        """Whether token ``i`` is a month (or its abbreviation) written next to a number: "Dec 2015"."""
        start, end, word = self.tokens[i]
        if word.casefold() not in _MONTH_WORDS:
            return False
        return bool(_NUMBER_AFTER.match(self.text, end) or _NUMBER_BEFORE.search(self.text, max(0, start - 6), start))

    def _a_country_here(self, name: str) -> bool:
        """Whether the text names ``name`` as a country somewhere (see :func:`a_country_here`), searched once a
        name, however often the name stands in it."""
        if name not in self._countries_here:
            self._countries_here[name] = a_country_here(name, self.text)
        return self._countries_here[name]

    # (c) A known first name on its own that is no English word: "Siobhan", "Chinonso".
    def _single(self, i: int) -> int | None:
        tokens, text = self.tokens, self.text
        word = tokens[i][2]
        if not _is_title_case(word) or _first_name_strength(word, allow_month=False) != "strong":
            return None
        base = _base(word)
        if len(base) < 2:
            return None  # "K's death": one letter is a label or an initial, never a first name
        if self._preceded_by_saint(i) or _followed_by_org(text, tokens, i + 1) or self._date_word(i) \
                or is_unit_after_number(text, tokens[i][0], word) or _DISEASE_AFTER.match(text, _span_end(tokens, i)) \
                or RECORDS_AFTER.match(text, _span_end(tokens, i)) \
                or _ABBREVIATION_BEFORE_NUMBER.match(text, _span_end(tokens, i)) \
                or (word.casefold() in _FIELD_LABELS and _FIELD_LABEL_AFTER.match(text, tokens[i][1])) \
                or (word.casefold() in _MAIL_FIELDS and _COLON_AFTER.match(text, tokens[i][1])):
            return None  # ... or a field's label before its number ("Tel: 0161 …") or an e-mail's ("Cc: …")
        previous = tokens[i - 1][2].casefold() if i > 0 else ""
        if gz.is_uk_place(base) and (previous in _PLACE_CUES or previous in _REGION_OF
                                     or gz.place_ambiguity(base) != "name"):
            return None
        if gz.is_world_city(base) and previous in _PLACE_CUES \
                and (country := _COUNTRY_AFTER.match(text, tokens[i][1])) and gz.is_country(country.group("country")):
            return None  # "from Kumasi, Ghana": a town abroad, its country after it
        if gz.is_country(base) and (previous in _PLACE_CUES or previous in _REGION_OF or self._a_country_here(base)
                                    or previous in ("fled", "fleeing", "escaped", "escaping")
                                    or (previous in ("left", "leaving") and _LEFT_IN_A_YEAR.match(text, tokens[i][1]))
                                    or (previous in ("and", "or") and i > 1
                                        and gz.is_country(_base(tokens[i - 2][2])))):
            return None  # "came to England from Poland", "in south-east Poland"; "her Ghana number" where the
            # draft says "born in Ghana"; "through Chad and Libya"; "fled Iran", "left Iran in 2022"
        if not _VOWEL.search(base):
            return None  # "Pt appears to understand": a patient's abbreviation; no name is written without a vowel
        if gz.is_world_city(base) and previous in ("and", "or") and i > 1 and gz.is_place(_base(tokens[i - 2][2])) \
                and (not gz.is_first_name(_base(tokens[i - 2][2]))
                     or (i > 2 and tokens[i - 3][2].casefold() in _PLACE_CUES)):
            return None  # "in Cork and Dublin": a city after another place, though a listed first name
        if gz.is_world_city(base) and (JOURNEY_CUE.search(text, max(0, tokens[i][0] - 30), tokens[i][0])
                                       or (previous == "from" and _ROUTE_ON.match(text, _span_end(tokens, i)))
                                       or previous in ("in", "near") or _CITY_THING_AFTER.match(text, tokens[i][1])
                                       or _FALL_OF.search(text, max(0, tokens[i][0] - 20), tokens[i][0])):
            return None  # "returned to Lagos", "moved from Accra to Leeds", "a teacher in Lagos", "the Kabul airport
            # evacuation", "the fall of Kabul": the city, though a listed first name
        if gz.is_keep_phrase(base) or self._in_place(i) or gz.is_nationality(base) \
                or in_a_languages_place(text, tokens[i][0], _span_end(tokens, i)):
            return None  # (a people's name the first-name lists hold, "Kurdish", "Syrian", is theirs, not anyone's;
            # so is a language's, "spoke Dari", "a Dari rather than a Pashto interpreter")
        if _THE_BEFORE.search(text, max(0, tokens[i][0] - 5), tokens[i][0]) \
                and not _CASE_AFTER.match(text, _span_end(tokens, i)):
            return None  # "the Bible": a book's or a thing's name (a person's after "the" only before "case" …)
        start_of_sentence = _is_sentence_start(text, tokens, i)
        score = SCORE_FIRST_NAME_SENTENCE_START if start_of_sentence else SCORE_FIRST_NAME
        self._add(tokens[i][0], _span_end(tokens, i), score, "first name")
        return i + 1


def _double_barrelled(word: str) -> bool:
    """Whether ``word`` joins two surnames by a hyphen ("Aanei-Gheorghiu"), each a listed surname that is no
    dictionary word or a word no list knows."""
    parts = word.split("-")
    return len(parts) == 2 and all(
        _unlisted_title_word(p) or (_is_title_case(p) and gz.is_surname(p) and not gz.is_english_word(p))
        for p in parts)


def _unlisted_title_word(base: str) -> bool:
    """Whether ``base`` is a title-case word of letters that is no dictionary word, UK place, keep phrase or word
    that is never a name."""
    return _is_title_case(base) and base.isalpha() and not (
        gz.is_english_word(base) or gz.is_uk_place(base) or gz.is_keep_phrase(base) or base.casefold() in _NOT_NAME)


def _rare_word_surname(word: str) -> bool:
    """Whether a listed surname that is also an English word ("Carter", "Reeves", "Parsons") is no word a
    place, street, building, organisation, role, date or the agencies' vocabulary uses ("Green", "Hall",
    "Service", "Front")."""
    key = word.casefold()
    return key not in _AFTER_NAME_STOP and key not in _NOT_NAME and key not in ROLE_WORDS and key not in _ROLE_NOUNS \
        and key not in gz.generic_words() and key not in _MONTH_WORDS and gz.org_head(word) is None


def names_a_condition(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``start:end`` in ``text`` name a condition after the doctors who described
    it: "Treacher Collins" before "syndrome", or "Cornelia de Lange Syndrome" whole."""
    return bool(CONDITION_AFTER.match(text, end) or _CONDITION_AT_END.search(text, start, end))


def is_unit_after_number(text: str, start: int, word: str) -> bool:
    """Whether ``word``, at ``start`` in ``text``, is a unit of measure after a number: "419.5 Kb"."""
    return word.casefold() in _UNITS and bool(_QUANTITY_BEFORE.search(text, max(0, start - 2), start))


def find_person_names(text: str) -> list[NameSpan]:
    """Every personal name the rules find in ``text``, in order, without overlaps.

    Args:
        text: Any text (a page, a paragraph).

    Returns:
        The names found.
    """
    return _Finder(text).run()


class PersonNameRecognizer(SpanFinderRecognizer):
    """Personal names found from titles, name lists and an English dictionary, with no NER model.

    Rules, strongest first:

    - a title and the name after it: "Mrs Okafor", "DC Ruth Ashdown", "Baby JW" (0.85);
    - initials and a surname, "A.B. Smith" (0.75), or dotted initials alone, "J.W." (0.35);
    - a known first name and one to three surname words (listed surnames or unknown non-dictionary
      words, with particles such as "van der", "bin", "Nic"): "Aaliyah Okafor" (0.8), "Grace Okafor"
      (0.7), "Grace Archer" (0.4, only mid-sentence), and in capitals in headings (0.6);
    - a known first name alone that is no English word: "Siobhan" (0.5; 0.4 at a sentence start);
    - two or three unknown capitalised words the draft abbreviates to their initials: "Qawee Naeem (QN)"
      (0.75);
    - the review's subject or a relative, two or three words that can only be a name, where a name stands:
      on the line under or over a review's title ("Learning Review" / "Taahir Maawiya"), after "in respect
      of" on a cover, before a date of birth in brackets, after a relationship in a family list (0.6).

    "Patience", "Will", "Hope", "Grace", "Reading" and "Rose" alone are never flagged; neither is
    agency or process vocabulary ("Foster Carers", "Care Order", "Learning Point 4").
    A possessive "'s" is left out of the span. Works with or without spaCy.
    """

    ENTITY: ClassVar[str] = PERSON

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_person_names(text)


_QUOTES: Final = {"\u2018": "\u2019", "\u201c": "\u201d", '"': '"'}
_TITLE_MAX: Final = 100


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a quoted title ("\u2018Never, Ever Shake a Baby\u2019"): a
    quotation on one line of four or more words, its words capitalised but for function words, one of those
    among them. A quotation naming someone ("\u2018Grace Archer hit me\u2019") has words in lower case."""
    line_start = text.rfind("\n", 0, start) + 1
    for k in range(start - 1, max(line_start, start - _TITLE_MAX) - 1, -1):
        close = _QUOTES.get(text[k])
        if close is None:
            continue
        stop = text.find(close, end)
        newline = text.find("\n", end)
        if stop < 0 or (0 <= newline < stop) or stop - k > _TITLE_MAX:
            return False
        words = re.findall(r"[^\W\d_][\w'\u2019-]*", text[k + 1:stop])
        lower = [w for w in words if not w[0].isupper()]
        return len(words) >= 4 and bool(lower) and all(w.casefold() in gz.FUNCTION_WORDS for w in lower)
    return False
