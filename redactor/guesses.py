"""Weigh NER's guesses against what the rules and the shipped lists know, before grouping.

spaCy's small model guesses a type for every capitalised run: "Kingsway Surgery" and "Norwich NR3 6DE"
come back as people, "Great Yarmouth" as an organisation, "Success" (opening a sentence) as one too.
A guess must not outrank knowledge, and must not spread:

- where a rule found the same span, the rule's reading wins (it knows the head word, the gazetteer), and
  so it does where the guess only runs past it into function words and a date ("… Health Centre in Jul");
- where rule findings of another kind (places, postcodes, organisations, identifiers) cover a guess
  and what is left holds no name-like word, the guess adds nothing and is dropped;
- a person guess that ends in an organisation head word ("… Lodge", "… Surgery") or an agency's acronym
  ("… YOS") is an organisation, and one that is wholly a listed UK place ("Eastbourne") is a place; an
  organisation guess that is a first name and surname with no organisation word ("Awesi Antwi") is a person,
  and so is an organisation or place guess whose unlisted first word the draft writes alone before a verb only
  people do ("Nazlihan Reed" … "Later Nazlihan said"; "Musafet Johnston", Johnston being a town too);
- a guess at a condition named after the doctors who described it ("Treacher Collins" before "syndrome") or at a
  unit after a number ("419.5 Kb") is no name;
- a postcode, place, date or shorter identifier found inside an identifier's value ("B71QX" of a driving
  licence, an Ofsted URN's shape "EY311444" of the NI number "EY311444 D") is a part of that value, not a
  finding of its own;
- a table cell read whole as one identifier, when the identifiers found inside it (an e-mail and a
  phone number) leave nothing else identifying, gives way to them;
- a guess starts after any lower-case function word NER took in before the name ("at Melksham High
  School"), an article apart;
- a one-word guess that is an ordinary English word ("Success", "Teachers") is dropped unless it is a
  first name written with a capital that means something (not opening a sentence, a heading or a
  list item); so is a longer guessed organisation, with no organisation word, whose only name-like
  word is such an opening word ("Changes to Service Delivery" opening a contents line: "Changes" is
  also a surname);
- a guessed person of two words or more, none a listed first name or surname and some an everyday English
  word ("Embed Size", a document-sharing page's widget), is no one's name unless the words around it say it
  is a person's (a title or family word before it, a verb only people do or a date of birth after it).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from recognizers import catalogue as cat
from recognizers import gazetteer as gz
from recognizers.dates import MONTH_NUMBERS
from recognizers.name_judge import (
    NOT_NAME_ABBREVIATIONS,
    ROLE_WORDS,
    ends_in_agency_acronym,
    identifying_words_remain,
    in_a_languages_place,
    plausible_name,
)
from recognizers.organisation_recognizer import a_places_body
from recognizers.person_initials import PEOPLE_VERB_AFTER, in_person_slot, words_used_as_names
from recognizers.person_name_recognizer import (
    VOCABULARY_PAIR_REASON,
    a_country_here,
    is_unit_after_number,
    names_a_condition,
)
from recognizers.titles import DOCTOR, PERSONAL, PROFESSOR, alternation
from redactor.mention import NAME_ENTITIES as NAMES
from redactor.mention import NER, Mention

_COLUMN = "TableColumnRecognizer"
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# What may stand before a capital that only marks a sentence, heading or list item.
_OPENING = re.compile(r"(?:^|[.!?:;\u2022\u25cf\u25aa\u2013\u2014|\"'(\u201c\u2018*>-]|^\s*(?:\d+[.)]|[a-z][.)]))\s*$")


def is_guess(m: Mention) -> bool:
    """Whether a mention is an NER guess at a name (not a rule or list finding)."""
    return m.recognizer == NER and m.entity in NAMES


def typographic_capital(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised by position: it opens a sentence, line or list item."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start]
    if line_start >= start - 40 and not text[line_start:start].strip(" \t\u00a0\u2022-*0123456789.)"):
        return True
    return _OPENING.search(before) is not None


def reconcile(mentions: Sequence[Mention], texts: dict[str, str], lower_words: Collection[str]) -> list[Mention]:
    """The mentions with NER guesses dropped or retyped where knowledge contradicts them.

    Args:
        mentions: Every finding of the analysis.
        texts: Segment id -> text.
        lower_words: Words the draft writes in lower case.
    """
    known: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if not is_guess(m):
            known[m.segment_id].append(m)
    for found in known.values():
        found.sort(key=lambda m: m.start)
    starts = {seg: [m.start for m in found] for seg, found in known.items()}
    values: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        if m.entity in cat.IDENTIFIERS and m.recognizer != _COLUMN:
            values[m.segment_id].append((m.start, m.end))
    alone: set[str] | None = None

    def used_alone() -> set[str]:  # read once, and only when a guess needs it
        nonlocal alone
        if alone is None:
            alone = set().union(*map(words_used_as_names, texts.values()))
        return alone

    out: list[Mention] = []
    for m in [part for found_m in mentions for part in split_run_together(found_m)]:
        if (m.entity in _VALUE_PARTS or m.entity in cat.IDENTIFIERS) and any(
                a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in values.get(m.segment_id, ())):
            continue  # "B71QX" of the licence "QUILL 612345 B71QX", "EY311444" of "EY311444 D": the value's part
        column = m.recognizer == _COLUMN and m.entity in cat.IDENTIFIERS
        if (not is_guess(m) and not column) or m.joined:  # a part of a split name was judged whole
            out.append(m)
            continue
        found = known.get(m.segment_id, [])
        hi = bisect.bisect_left(starts.get(m.segment_id, []), m.end)
        inside = [k for k in found[:hi] if k.end > m.start and k is not m]
        judged = _split_cell(m, inside) if column else _judge(m, inside, texts[m.segment_id], lower_words, used_alone)
        if judged is not None:
            out.append(judged)
    # A town a rule read as the surname of a guessed name ("Burton" in "Sam Burton") is no place there.
    surnamed = [(m.segment_id, m.start, m.end) for m in out
                if m.entity == cat.PERSON and _TOWN_SURNAME in m.explanation]
    if surnamed:
        out = [m for m in out if not (m.entity == cat.LOCATION and any(
            seg == m.segment_id and a < m.start and m.end == b for seg, a, b in surnamed))]
    return out


_TOWN_SURNAME = "a first name and a surname that is also a town's name"


def _town_surname(m: Mention, overlapping: list[Mention], text: str) -> bool:
    """Whether a guessed person is a listed first name and a listed surname that a rule read as a town, and
    nothing else ("Sam Burton"); a first name that is also a word ("Grace", "Great") only where the words
    around say a person stands ("Sam Burton was arrested")."""
    words = _WORD.findall(m.text)
    if m.entity != cat.PERSON or len(words) != 2 or len(m.text.split()) != 2 or not overlapping:
        return False
    first, surname = words
    if not (first[:1].isupper() and not first.isupper() and gz.is_first_name(first) and gz.is_surname(surname)) \
            or gz.is_place(first) or first.casefold() in gz.FUNCTION_WORDS or _head(first) is not None:
        return False
    if not all(k.entity == cat.LOCATION and k.end == m.end and k.text == surname for k in overlapping):
        return False
    return not gz.is_english_word(first) or _person_context(m, text) or in_person_slot(text, m.start, m.end)


# What a run of an identifier's characters can look like on its own: a postcode, a place, a date.
_VALUE_PARTS = frozenset({cat.UK_POSTCODE, cat.LOCATION, cat.DATE_DAY})


def _split_cell(m: Mention, overlapping: list[Mention]) -> Mention | None:
    """A table cell read as one identifier, when the identifiers found inside it leave nothing else
    identifying ("jane@x.gov.uk, 01632 960000" is an e-mail and a phone number, not one reference)."""
    found = [(max(k.start, m.start) - m.start, min(k.end, m.end) - m.start) for k in overlapping
             if k.entity in cat.IDENTIFIERS or k.entity == cat.DATE_OF_BIRTH]
    if not found:
        return m
    rest = _blank(m.text, found)
    if any(ch.isdigit() for ch in rest) or any(w[:1].isupper() and not w.isupper() for w in _WORD.findall(rest)):
        return m
    return None


def opening_word(m: Mention, text: str) -> list[tuple[int, int]]:
    """The mention's first word, as a span relative to it, when that word is an ordinary English word
    capitalised only because it opens a sentence ("Success with Winston …"); else nothing."""
    first = _WORD.search(m.text)
    if first is None or first.start() != 0 or not gz.is_english_word(first.group()):
        return []
    return [(0, first.end())] if typographic_capital(text, m.start) else []


def _judge(m: Mention, overlapping: list[Mention], text: str, lower_words: Collection[str],
           used_alone: Callable[[], set[str]]) -> Mention | None:
    if _DATE_INSIDE.search(m.text):
        return None  # "Death 16/07/06 Date Original": a name holds no date; a form's fields ran together
    if "@" in m.text:
        return None  # "Twitter @WiltshireSCB": an account or address, the identifier recognisers' to judge
    if all(w.casefold() in NOT_NAME_ABBREVIATIONS for w in _WORD.findall(m.text)):
        return None  # "Tues & Thurs", "Fri/Sat": days of the week, shortened
    if " " not in m.text and in_a_languages_place(text, m.start, m.end):
        return None  # "speaks Tetum", "a Masalit speaker": a language, no place or person
    if m.entity in NAMES and names_a_condition(text, m.start, m.end):
        return None  # "Treacher Collins syndrome": the doctors who described a condition
    m = _without_leading_function_words(m)  # "at Melksham High School": the school's name starts after "at"
    if m.entity != cat.PERSON:
        m = _without_trailing_function_words(m)  # "Chronologies and": no body's or place's name ends in "and"
    # A rule's reading that waits for the draft to vouch for it ("Jay Young": a vocabulary surname) decides nothing.
    overlapping = [k for k in overlapping if VOCABULARY_PAIR_REASON not in k.explanation]
    if any(k.entity in NAMES and (k.start, k.end) == (m.start, m.end) for k in overlapping):
        return None  # a rule read the same words: its reading wins
    if _town_surname(m, overlapping, text):
        return replace(m, explanation=f"{m.explanation}; {_TOWN_SURNAME}")
    if any(k.entity == m.entity and m.start <= k.start and k.end <= m.end and _only_filler_or_public(
            m.text[:k.start - m.start], m.text[k.end - m.start:]) for k in overlapping):
        return None  # "Sunnyside Health Centre in Jul": the rule read the name; the rest is a date's, or the body's
        # department ("Norfolk County Council Children's Services")
    # Findings of another kind inside the guess ("Norwich" + a postcode in "Norwich NR3 6DE" read as a
    # person), or reaching beyond it; a rule's shorter reading of the same kind inside it ("Rafael" in
    # "Rafael Tins") leaves it whole.
    covered = [(max(k.start, m.start) - m.start, min(k.end, m.end) - m.start) for k in overlapping
               if k.entity != m.entity or not (m.start <= k.start and k.end <= m.end)]
    if covered and not (m.entity == cat.ORGANISATION and _initials_defined_after(m, text)):
        rest = _blank(m.text, covered + opening_word(m, text))
        if not identifying_words_remain(m.text, rest, m.entity, lower_words):
            return None
        m = _without_edges(m, covered)  # "Peterborough - Gabriel": the place is the rule's, the guess is Gabriel
        m = _without_leading_function_words(m)  # "Krystyna to Larchmont Health Centre" less the person
        if m.entity == cat.ORGANISATION and not plausible_name(m.text, m.entity, lower_words):
            return None  # "Life of" left of "Life of Autumn Makinwa": judged as a guess of its own
    elif m.entity == cat.ORGANISATION and gz.org_kind(m.text) is None and (opening := opening_word(m, text)) \
            and not identifying_words_remain(m.text, _blank(m.text, opening), m.entity, lower_words):
        return None  # "Changes/Improvements to Service Delivery" opening a line: a capital by position only
    if m.entity == cat.ORGANISATION and a_places_body(text, m.start, m.text):
        return None  # "in a Hackney School": any one of the place's schools, none named
    if m.entity == cat.ORGANISATION and _unnamed_bodys_unit(_WORD.findall(m.text)):
        return None  # "Police CSE Perps scheme": a unit of a force or council the words do not name
    if m.entity == cat.ORGANISATION and (system := _SYSTEM_AT_END.search(m.text)) and system.start() > 0:
        m = replace(m, end=m.start + system.start(), text=m.text[:system.start()])  # "Oldham Council Mosaic"
    if m.entity == cat.PERSON:
        if (slash := _SLASH.search(m.text)) and slash.start() > 0:
            m = replace(m, end=m.start + slash.start(), text=m.text[:slash.start()])  # "Ikenna Mensah / MF"
        m = _without_trailing_function_words(m)  # "Sophia of Kent Police": the name is Sophia
        m = _without_opening_word(m, text)  # "Check Carl's DOB": the name is Carl
        if (cut := _LIFE_EVENT_AT_END.search(m.text)) and cut.start() > 0:
            m = replace(m, end=m.start + cut.start(), text=m.text[:cut.start()])  # "John Born February 2016"
        m = _without_trailing_verb(m)  # "Charlotte Informing practitioners": the name is Charlotte
    words = _WORD.findall(m.text)
    if len(words) == 1 and not _one_word_name(m, words[0], text, lower_words):
        return None
    if len(words) > 1 and in_heading(text, m.start, m.end) and not any(_known_name(w) for w in words) \
            and not _review_subject(m, words, text):
        return None  # "Collated Learning Points", "Permanency Planning": a heading's capitals
    if m.entity == cat.ORGANISATION and (_reads_as_person(m.text, words) or _abbreviated_person(m, words, text)
                                         or _first_word_used_alone(m.text, words, used_alone)):
        return replace(m, entity=cat.PERSON, explanation=m.explanation + "; a first name and surname, no "
                                                                           "organisation word")
    if m.entity == cat.LOCATION and not gz.is_uk_place(m.text) and _first_word_used_alone(m.text, words, used_alone):
        return replace(m, entity=cat.PERSON, explanation=m.explanation + "; a first name the draft uses alone as a "
                                                                           "person's, and a surname")
    if m.entity == cat.PERSON:
        if _opens_a_bodys_name(text, m.end):
            return None  # "Guy's and St Thomas' NHS Foundation Trust", "Guy's Hospital": the body's name
        if any(ch.isdigit() for ch in m.text):
            return None  # "Room C12B", "Flat 2B": a name has no digits
        if any(gz.is_place_compound(w) for w in words):
            return None  # "Chester-le" (-Street on the next page): a place's name, no person's
        if len(words) >= 2 and _STREET_END.search(m.text):
            return replace(m, entity=cat.LOCATION, explanation=m.explanation + "; ends in a street word")
        if _STATION_AFTER.match(text, m.end):
            return replace(m, entity=cat.LOCATION, explanation=m.explanation + "; a station's or airport's name")
        after_cue = _PLACE_CUE.search(text[max(0, m.start - 12):m.start]) is not None
        if gz.is_country(m.text) and (not gz.is_first_name(m.text) or after_cue or a_country_here(m.text, text)):
            return replace(m, entity=cat.LOCATION, explanation=m.explanation + "; a country")
        first = words[0] if words else ""
        given = gz.is_first_name(first) and not gz.is_english_word(first)
        if not given and gz.org_kind(m.text) is not None and not _abbreviated_person(m, words, text):
            return replace(m, entity=cat.ORGANISATION, explanation=m.explanation + "; ends in an organisation word")
        if not given and ends_in_agency_acronym(m.text):
            return replace(m, entity=cat.ORGANISATION, explanation=m.explanation + "; ends in an agency's acronym")
        if gz.is_uk_place(m.text) and not any(gz.is_first_name(w) or gz.is_surname(w) for w in words):
            return replace(m, entity=cat.LOCATION, explanation=m.explanation + "; a listed UK place")
        if gz.is_world_city(m.text) and not gz.is_first_name(m.text) \
                and (after_cue or _before_its_country(text, m.end)):
            return replace(m, entity=cat.LOCATION, explanation=m.explanation + "; a city abroad")
        if len(words) >= 2 and _no_name_word(words) and not _person_context(m, text):
            return None  # "Embed Size (px)": a web page's widget, no one's name
    return m


# A station's, airport's or port's name is written before the word ("at Euston station", "Gatwick Airport").
_STATION_AFTER = re.compile(r"[ \t]+(?:(?:bus|coach|railway|train|tube|underground)[ \t]+)?(?i:station|airport|port)\b")


# Bodies named by their area first ("Kent Police", "Leeds City Council"): opening a name, the word leaves the
# body unnamed, and what follows it is one of its units or schemes.
_AREA_FIRST_BODIES = frozenset({"police", "constabulary", "council"})


# A possessive and the capitalised words after it, a saint's name joined on ("'s and St Thomas' NHS Foundation Trust").
_POSSESSIVE_NAME_RUN = re.compile(r"['\u2019]s(?:[ \t]+(?:and|&)[ \t]+St\.?[ \t]+[A-Z][\w-]*['\u2019]?s?)?"
                                  r"((?:[ \t]+[A-Z][\w'\u2019-]*){1,5})")


def _opens_a_bodys_name(text: str, end: int) -> bool:
    """Whether a name in the possessive opens an organisation's name, its capitalised words ending in a kind of body
    ("Guy's Hospital", "Guy's and St Thomas' NHS Foundation Trust")."""
    run = _POSSESSIVE_NAME_RUN.match(text, end)
    if run is None:
        return False
    words = run.group(1).split()
    # (one word is a body's only as a hospital: "Jayden's School Report" is his)
    return any((kind := gz.org_kind(" ".join(words[:k]))) is not None and (k >= 2 or kind == "hospital")
               for k in range(len(words), 0, -1))


# A body's initials in brackets right after its name ("Potteries Property Lets (PPL)").
_INITIALS_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z]{2,6})[ \t]*\)")


def _initials_defined_after(m: Mention, text: str) -> bool:
    """Whether the draft defines a guessed organisation's initials right after it: the words are one body's name,
    even where a place opens it and everyday words follow ("Potteries Property Lets (PPL)")."""
    after = _INITIALS_AFTER.match(text, m.end)
    capitals = [w[0] for w in _WORD.findall(m.text) if w[0].isupper()]
    return after is not None and len(capitals) >= 2 and after.group(1) == "".join(capitals)


def _unnamed_bodys_unit(words: list[str]) -> bool:
    """Whether a guessed organisation opens with a body named by its area ("Police", "Council") and no word after
    it is a place's or a person's: "Police CSE Perps", "Council Housing Options". An acronym ("CSE") is a unit's
    or a scheme's, never a place's."""
    if len(words) < 2 or words[0].casefold() not in _AREA_FIRST_BODIES:
        return False
    rest = [gz.strip_possessive(w) for w in words[1:] if not (w.isupper() and len(w) <= 5)]
    phrases = (" ".join(rest[i:j]) for i in range(len(rest)) for j in range(i + 1, min(len(rest), i + 3) + 1))
    return not any(gz.is_first_name(w) or gz.is_surname(w) for w in rest) and not any(map(gz.is_uk_place, phrases))


def _no_name_word(words: list[str]) -> bool:
    """Whether a guessed person's words hold no name: none is a listed first name or surname, and one or more
    is an everyday English word ("Embed Size", "Print Page"). A name has a listed word or is made of words no
    dictionary knows ("Taahir Maawiya")."""
    bases = [gz.strip_possessive(w) for w in words]
    parts = [p for w in bases for p in (w, *w.split("-")) if p]  # "Lily-Mae": each part a name
    return not any(gz.is_first_name(p) or gz.is_surname(p) for p in parts) and any(gz.is_english_word(w) for w in bases)


# What says the words before or after it are a person's: a title or a family or role word before ("her partner
# …"), a verb only people do after ("… visited"), a possessive and a role after ("…'s mother"), a date of
# birth or an age in brackets after.
_ROLE_WORD = "(?i:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")"
_PERSON_BEFORE = re.compile(rf"\b(?:{alternation(PERSONAL, DOCTOR, PROFESSOR)}|{_ROLE_WORD})\.?,?[ \t]+$")
_PERSON_AFTER = re.compile(rf"['\u2019]s[ \t]+{_ROLE_WORD}\b"
                           r"|[ \t]*\((?i:d\.?[ \t]?o\.?[ \t]?b\b|date[ \t]+of[ \t]+birth|born\b|aged?[ \t]+\d)")


def _person_context(m: Mention, text: str) -> bool:
    """Whether the words around a guessed person say it is one (see ``_PERSON_BEFORE``, ``_PERSON_AFTER``)."""
    return _PERSON_BEFORE.search(text, max(0, m.start - 30), m.start) is not None \
        or _PERSON_AFTER.match(text, m.end) is not None or PEOPLE_VERB_AFTER.match(text, m.end) is not None


# Case-record systems a draft names after the body that runs them ("Oldham Council Mosaic case ID …").
_SYSTEM_AT_END = re.compile(r"\s+(?:Mosaic|LCS|Liquid\s?Logic|LiquidLogic|CareFirst|Carefirst|Frameworki|Eclipse|"
                            r"SystmOne|EMIS|RiO|Niche|Athena|ContrOCC|Capita\s+One)$")
_PLACE_CUE = re.compile(r"\b(?:in|at|to|from|near|into|via)\s+$", re.IGNORECASE)
# A country after a place and a comma ("Sylhet, Bangladesh").
_COUNTRY_AFTER = re.compile(r",[ \t]*([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)")


def _before_its_country(text: str, end: int) -> bool:
    """Whether a comma and a country's name follow ``end`` ("Sylhet, Bangladesh", "Jeddah, Saudi Arabia")."""
    after = _COUNTRY_AFTER.match(text, end)
    return after is not None and (gz.is_country(after.group(1)) or gz.is_country(after.group(1).split()[0]))
_DATE_INSIDE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_EDGE = " \t\n,;:/()-\u2013\u2014&"
# Street words that are hardly ever a surname: a guessed person ending in one is a street ("Larkspur Close").
_STREET_END = re.compile(r"\s(?:Road|Avenue|Close|Crescent|Terrace|Drive|Gardens|Mews|Parade|Boulevard|Walk|Rise)$")


def _without_edges(m: Mention, covered: list[tuple[int, int]]) -> Mention:
    """The guess without the rule findings at its start or end (and the separators beside them), so a guess
    never takes in another finding's words; one inside it (between name words) leaves it whole."""
    a, b = 0, len(m.text)
    changed = True
    while changed:
        changed = False
        for s, e in covered:
            if s <= a < e:
                a, changed = e, True
            if s < b <= e:
                b, changed = s, True
        while a < b and m.text[a] in _EDGE:
            a, changed = a + 1, True
        while b > a and m.text[b - 1] in _EDGE:
            b, changed = b - 1, True
    if (a, b) == (0, len(m.text)) or b <= a:
        return m
    return replace(m, start=m.start + a, end=m.start + b, text=m.text[a:b])


# Two name words that lost the space between them (table cells or lines joined): "Chinedu EzeAaliyah's".
_RUN_TOGETHER = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z\u00df-\u00ff]+)([A-Z][a-z\u00df-\u00ff]{2,})(?=$|['\u2019\s])")
# Prefixes that are written joined to a capitalised name ("MacLeod", "FitzGerald", "VanDyke").
_JOINED_PREFIXES = frozenset({"mc", "mac", "fitz", "van", "von", "de", "di", "da", "du", "la", "le", "del", "della",
                              "des", "der", "den", "ter", "st", "san", "ap", "ab", "o"})


def split_run_together(m: Mention) -> list[Mention]:
    """A person found across two name words that lost the space between them ("Chinedu EzeAaliyah" when a
    line or table cell ended with "Eze"), as two people: the words up to the join, and the name after it.
    The word after the join must be a listed name and no ordinary word; a prefix written joined to a name
    ("MacLeod", "DeShawn") is no join."""
    if m.entity != cat.PERSON:
        return [m]
    join = _RUN_TOGETHER.search(m.text)
    if join is None or join.group(1).casefold() in _JOINED_PREFIXES:
        return [m]
    after = join.group(2)
    if not (gz.is_first_name(after) or gz.is_surname(after)) or gz.is_english_word(after):
        return [m]
    cut = join.start(2)
    rest = gz.strip_possessive(m.text[cut:])
    parts = [replace(m, end=m.start + cut, text=m.text[:cut], joined="")]
    if not rest or " " in rest:
        return [m]
    parts.append(replace(m, start=m.start + cut, end=m.start + cut + len(rest), text=rest, joined="",
                         explanation=m.explanation + "; a name joined to the one before it"))
    return parts


_TRAILING_FUNCTION_WORD = re.compile(r"[\s,]+([a-z]+)$")


def _without_trailing_function_words(m: Mention) -> Mention:
    """The guess without lower-case function words at its end: a name never ends in "of" or "and"."""
    end = len(m.text)
    while (tail := _TRAILING_FUNCTION_WORD.search(m.text, 0, end)) and tail.group(1) in gz.FUNCTION_WORDS:
        end = tail.start()
    return m if end == len(m.text) or end == 0 else replace(m, end=m.start + end, text=m.text[:end])


def _only_filler_or_public(before: str, after: str) -> bool:
    """Whether what a guess holds beyond a rule's name is filler, or public words on one side ("… Children's
    Services")."""
    return _only_filler(before + " " + after) or any(
        not other.strip() and gz.is_keep_phrase(side.strip(" \t,-\u2013"))
        for side, other in ((before, after), (after, before)))


def _only_filler(text: str) -> bool:
    """Whether ``text`` holds only lower-case function words, calendar words and numbers ("in Jul", "on 3 May")."""
    for word in text.split():
        word = word.strip(",.;:()")
        if word and not (_NUMBER.fullmatch(word) or word.casefold() in MONTH_NUMBERS
                         or (word.islower() and word in gz.FUNCTION_WORDS)):
            return False
    return True


_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?")
_LEADING_FUNCTION_WORD = re.compile(r"([a-z]+)[\s,]+")


def _without_leading_function_words(m: Mention) -> Mention:
    """The guess without lower-case function words at its start: a name never opens with "at", "to" or "and".
    An article stays: NER's "the Metropolitan Police Service" is written so."""
    start = 0
    while (lead := _LEADING_FUNCTION_WORD.match(m.text, start)) and lead.group(1) in gz.FUNCTION_WORDS \
            and lead.group(1) != "the" and lead.end() < len(m.text):
        start = lead.end()
    return m if start == 0 else replace(m, start=m.start + start, text=m.text[start:])


# "Born", "Died" after a name open the date that follows it: no surname.
def _without_trailing_verb(m: Mention) -> Mention:
    """A guessed name less a last word that is a verb's -ing form and no listed surname ("Charlotte Informing")."""
    last = re.search(r"[ \u00a0]+([^\W\d_]+)$", m.text)
    if last is None or gz.is_surname(last.group(1)) or not gz.is_verb_ing_form(last.group(1)):
        return m
    return replace(m, end=m.start + last.start(), text=m.text[:last.start()])


# A slash ends a guessed name: what follows is another person or thing ("Ikenna Mensah / MF").
_SLASH = re.compile(r"[ \u00a0]*/")
_LIFE_EVENT_AT_END = re.compile(r"[ \u00a0]+(?:Born|Died|Aged|Deceased|DOB|D\.O\.B\.?)$")

# Titles that are ordinary words too ("Nurse Adebayo", "Sister Mary"): part of the name they open.
_TITLE_WORDS = frozenset({"nurse", "sister", "judge", "baby", "professor", "doctor", "detective", "sergeant",
                          "inspector", "constable", "officer", "father", "reverend", "lady", "lord", "sir", "dame",
                          "miss", "master", "councillor", "brother", "mother", "aunt", "auntie", "uncle", "nan",
                          "grandma", "grandad"})


def _without_opening_word(m: Mention, text: str) -> Mention:
    """A guessed person less an ordinary word (no first name, no title) capitalised only because it opens
    the sentence before the name ("Check Carl's DOB …", "Ask Tomasz …")."""
    opening = opening_word(m, text)
    if not opening:
        return m
    word = m.text[:opening[0][1]]
    rest = re.match(r"[ \u00a0]+", m.text[len(word):])
    if rest is None or gz.is_first_name(word) or word.casefold() in _TITLE_WORDS \
            or not _WORD.search(m.text, len(word)):
        return m
    cut = len(word) + rest.end()
    return replace(m, start=m.start + cut, text=m.text[cut:])


def _reads_as_person(text: str, words: list[str]) -> bool:
    """Whether a guessed organisation is a person's name: two or three capitalised words, none an
    English word, a place or an organisation word, starting with a first name or ending in a surname
    ("Awesi Antwi")."""
    if not 2 <= len(words) <= 3 or len(words) != len(text.split()):
        return False
    given = gz.is_first_name(words[0]) and not gz.is_english_word(words[0])
    if any(not w[:1].isupper() or w.isupper() or gz.is_uk_place(w) or w.casefold() in gz.generic_words()
           or gz.is_people_word(w) for w in words):
        return False  # (nor a people's word: "Roma Pentecostal", a congregation)
    if any(gz.is_english_word(w) or _head(w) == "strong" or (_head(w) == "weak" and not given) for w in words[1:]):
        return False  # "… Surgery"; a weak head ("Hall", "House") only after a clear first name ("Sophia Hall")
    if gz.is_english_word(words[0]) or gz.police_force(text) or gz.is_uk_place(text):
        return False
    return given or gz.is_surname(words[-1])


def _first_word_used_alone(text: str, words: list[str], used_alone: Callable[[], set[str]]) -> bool:
    """Whether a guessed organisation is an unlisted first name and a surname that is also a word ("Nazlihan
    Reed", "Resulcan Walker"), the draft showing the first word to be a person's: written alone before a verb
    only people do ("Later Nazlihan said"). The first word is no English word, place, agency word
    or organisation word, and the surname no organisation word."""
    if len(words) != 2 or len(text.split()) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    first, surname = words
    if gz.is_english_word(first) or gz.is_place(first) \
            or first.casefold() in gz.generic_words() or _head(first) is not None:
        return False
    if not gz.is_surname(surname) or _head(surname) == "strong" or surname.casefold() in gz.generic_words():
        return False
    return first in used_alone()


_INITIALS_AFTER = re.compile(r"[ \u00a0]*\([ \u00a0]*([A-Z]{2,3})[ \u00a0]*\)")


def _abbreviated_person(m: Mention, words: list[str], text: str) -> bool:
    """A guessed organisation that starts with a first name and that the draft abbreviates to its
    initials, as it does people: "Sophia Hall (SH)"."""
    after = _INITIALS_AFTER.match(text, m.end)
    if after is None or not 2 <= len(words) <= 3 or not gz.is_first_name(words[0]):
        return False
    if any(_head(w) == "strong" or w.casefold() in gz.generic_words() for w in words):
        return False
    initials = "".join(w[0] for w in words).upper()
    return after.group(1) in (initials, initials[0] + initials[-1])


def _head(word: str) -> str | None:
    head = gz.org_head(word)
    return None if head is None else ("weak" if head[1] else "strong")


# A review's label opening a title line, before the name of its subject ("SCR CN18: ", "Serious Case Review – ").
_REVIEW_LABEL_BEFORE = re.compile(
    r"(?m:^)[ \t]*(?:(?i:(?:child[ \t]+safeguarding[ \t]+practice|serious[ \t]+case|learning|practice)[ \t]+review)"
    r"|L?CSPR|SCR|E?CPR)(?:[ \t]+[A-Z0-9/-]{1,10})?[ \t]*[:\u2013\u2014-][ \t]*$")


def _review_subject(m: Mention, words: list[str], text: str) -> bool:
    """Whether a guessed person is a review's subject, named after its label on its title line ("SCR CN18: Jack
    Walker"): a listed first name and a listed surname, though both are words too."""
    return m.entity == cat.PERSON and len(words) == 2 and gz.is_first_name(words[0]) and gz.is_surname(words[1]) \
        and _REVIEW_LABEL_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


def _known_name(word: str) -> bool:
    """A listed first name, surname or UK place that is no ordinary word: evidence whatever its capital."""
    word = gz.strip_possessive(word)
    return (gz.is_first_name(word) or gz.is_surname(word) or gz.is_uk_place(word)) and not gz.is_english_word(word)


def in_heading(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies on a heading line: short, every word capitalised, no full stop."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: len(text) if line_end == -1 else line_end].strip(" \t\u00a0")
    words = _WORD.findall(line)
    if not words or len(words) > 8 or line.endswith((".", ",", ";")) or "\t" in line:
        return False
    return all(w[:1].isupper() or w.casefold() in gz.FUNCTION_WORDS for w in words)


def _one_word_name(m: Mention, word: str, text: str, lower_words: Collection[str]) -> bool:
    """Whether a one-word guess can be a name.

    A capital that only opens a sentence, heading or list item says nothing: there the word must be a
    listed name or place ("Bereavement" and "Permanency" opening a line are not). An ordinary English
    word needs to be a first name with a meaningful capital ("they said Grace …"), or one opening a
    sentence before a verb only people do ("Grace visited the family home", "3.45 Jordan visited …"), where
    the draft never writes it in lower case.
    """
    if m.entity == cat.LOCATION and gz.is_uk_place(word):
        return True  # the place recogniser's cues decide ambiguous places
    if gz.strip_possessive(word).casefold() in ROLE_WORDS:
        return False  # "Grandparent" in a table's role column, "Stepdad": a family role, no name
    if word.casefold() in NOT_NAME_ABBREVIATIONS:
        return False  # "Pt missed Weds session": a note's abbreviations, no one's name
    if m.entity != cat.LOCATION and gz.is_nationality(gz.strip_possessive(word)):
        return False  # "the Roma family", "spoke Kurdish": a people's name, no person's
    if is_unit_after_number(text, m.start, word):
        return False  # "419.5 Kb": a measure
    if m.entity == cat.PERSON and not gz.is_first_name(word) and _end_of_a_named_place(word, text):
        return False  # "On Scilly he was known" beside "the Isles of Scilly": the place, short
    opening = typographic_capital(text, m.start) or in_heading(text, m.start, m.end)
    if not gz.is_english_word(word):
        return not opening or _known_name(word)
    if m.entity != cat.PERSON or not gz.is_first_name(word) or _cell_sentence(text, m):
        return False
    return not opening or (word.casefold() not in lower_words and not in_heading(text, m.start, m.end)
                           and PEOPLE_VERB_AFTER.match(text, m.end) is not None)


def _end_of_a_named_place(word: str, text: str) -> bool:
    """Whether the text names a UK place whole that ends in ``word`` ("Isles of Scilly", "Isle of Wight")."""
    rx = re.compile(rf"\b[A-Z][\w'\u2019-]*[ \t]+(?:(?:of|on|upon|in|le)[ \t]+)?(?:the[ \t]+)?{re.escape(word)}\b")
    return any(gz.is_uk_place(p.group()) for p in rx.finditer(text))


# A table cell or line that is a one-word sentence ("Complete." in a "Response" column).
_CELL_SENTENCE = re.compile(r"[ ]*[^\W\d_]+[.!][ ]*")


def _cell_sentence(text: str, m: Mention) -> bool:
    """Whether the guess is a one-word sentence filling its table cell or line ("\tComplete.\t")."""
    start = max(text.rfind("\t", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    stops = [i for i in (text.find("\t", m.end), text.find("\n", m.end)) if i >= 0]
    return _CELL_SENTENCE.fullmatch(text, start, min(stops) if stops else len(text)) is not None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
