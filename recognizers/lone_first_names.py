"""First names that are also ordinary words, written alone where a person stands ("In May, Hope completed
a new birth visit", "the mother told Autumn that …"), and names no list knows written so ("Ghiyaath told").

spaCy's small model rarely reads such a word as a name, and a lone "Hope" or "Autumn" gives no surname to
link it to. The draft's own usage decides: a listed first name written with a capital that means something
(not opening a sentence, heading or list item, unless a verb only people do follows and the draft never writes
the word in lower case: "Hope visited"), in a person's place (before a verb only people do, with a
possessive, after "told" or "by", joined by "and" to a titled name, before a bracketed age: "Ava (7)", set off
by commas after a role before a verb: "her key worker, Jade, noticed"), and never after an article or running
on into an organisation word anywhere in the draft ("the Hope Centre", "Hope House").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Final

from recognizers import gazetteer as gz
from recognizers.dates import MONTH_NAMES, is_month_of_date
from recognizers.name_judge import AGENCY_ACRONYMS, NOT_NAME_ABBREVIATIONS, ROLE_WORDS, is_abstract_noun
from recognizers.person_initials import PEOPLE_VERB_AFTER, in_person_slot
from recognizers.person_name_recognizer import CONDITION_AFTER
from recognizers.pseudonyms import after_person_label_bracket

# A capitalised word, its letters any script's Latin ("Hüsnühâl", "Şükufə"); the loop checks its case. A footnote
# mark after it ("Sabrina³") is no letter of it.
_WORD: Final = re.compile(rf"(?<![\w'\u2019&/.-])((?={gz.LATIN_CAPITAL})[^\W\d_{gz.FOOTNOTE_MARKS}]{{2,}})"
                          rf"(?![^\W{gz.FOOTNOTE_MARKS}]|[&/-])"
                          r"(?!['\u2019](?!s\b)\w)")
# Two capitalised words alone (no third runs on): a full name no list knows, where a person stands.
_PAIR: Final = re.compile(r"(?<![\w'\u2019&/.-])([A-Z][a-z]+)[ \u00a0]([A-Z][a-z]+)(?![\w&/-])(?!['\u2019](?!s\b)\w)"
                          r"(?![ \u00a0]+[A-Z])")
_ARTICLE: Final = re.compile(r"\b(?:the|a|an|The|A|An|this|our|their|his|her)\s+$")
# Two capitalised words joined by a slash, as notes join two people ("Yasti/Nomasonto were seen").
# (names, each with a small letter: "GMP/CSC" are agencies' letters)
_SLASH_PAIR: Final = re.compile(rf"(?<![\w'\u2019&/.-])((?={gz.LATIN_CAPITAL})(?=[^\W\d_]*[a-z])[^\W\d_]{{2,}})/"
                                rf"((?={gz.LATIN_CAPITAL})(?=[^\W\d_]*[a-z])[^\W\d_]{{2,}})(?![\w&/-])")
_NEXT: Final = re.compile(r"[ \u00a0]+([A-Z][\w'\u2019-]*)")
# (a dotted word only as an initial or a title: "J. Hope", "St. Hope"; a word ending a sentence is no part of a name:
# "mum Reshoni. Laura (brother)")
_IN_LONGER_NAME: Final = re.compile(r"(?<![\w'\u2019-])(?=[^\W\d_])(?-i:[A-Z\u00c0-\u00de])"
                                    r"(?:[\w'\u2019-]*|[\w'\u2019-]{0,2}(?:\.[A-Z])*\.)[ \u00a0]+$")
# After a capitalised word and a name's lower-case particle: part of a longer name ("Guardian ad Litem").
_AFTER_PARTICLE: Final = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*[ \u00a0]+"
    r"(?:ad|de|du|da|del|della|di|le|la|van|von|der|den|of|upon|on|al|el|bin)[ \u00a0]+$")
_BY: Final = re.compile(r"\bby[ \u00a0]+$")
# A bracketed age after the name, as a review lists siblings ("Ava (7), Mia (5)", "Ava (aged 7)", "Toki (aged 7)")
_BRACKETED_AGE: Final = re.compile(r"[ \u00a0]*\((?:aged[ \u00a0]+)?\d{1,2}(?:[ \u00a0]*(?:years?|yrs?|months?)"
                                   r"(?:[ \u00a0]+old)?)?\)")
_AGE_AFTER: Final = re.compile(
    _BRACKETED_AGE.pattern
    # ... or set off by commas ("Autumn, aged 3, had …"), the age then too ("Warren, then 15, was …")
    + r"|[ \u00a0]*,[ \u00a0]*(?:then[ \u00a0]+)?aged[ \u00a0]+\d{1,2}\b"
    r"|[ \u00a0]*,[ \u00a0]*then[ \u00a0]+\d{1,2}[ \u00a0]*,"
    # ... or said so ("When Ana was 4 years old", "Ana was two months old")
    r"|[ \u00a0]+(?:was|is|turned)[ \u00a0]+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen)[ \u00a0]+(?:years?|months?|weeks?|days?)[ \u00a0]+old\b"
    # ... or bare, ending the clause ("Mary was 15 when she first went missing", "At the time Ana was 17.")
    r"|[ \u00a0]+(?:was|is|turned)[ \u00a0]+\d{1,2}"
    r"(?=[ \u00a0]*(?:[.,;]|$)|[ \u00a0]+(?:when|at[ \u00a0]+the[ \u00a0]+time)\b)")
# A role, then the name set off by commas, then a verb ("the key worker at the nursery, Jade, noticed").
_APPOSITION_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_WORDS))})\b[^,.;:\n]{{0,40}},[ \u00a0]*$")
# A role, then the name alone in brackets ("Dad (Mark) collected him", "the social worker (Faith)").
_ROLE_BRACKET_BEFORE: Final = re.compile(rf"\b(?i:{'|'.join(sorted(ROLE_WORDS))})[ \u00a0]*\([ \u00a0]*$")
# A role, "was" or "is", then the name ending the clause ("the housing officer at the trust was Raj.").
_ROLE_COPULA_BEFORE: Final = re.compile(
    rf"\b(?i:{'|'.join(sorted(ROLE_WORDS))})\b[^,.;:!?()\n]{{0,50}}?[ \u00a0](?:was|is)[ \u00a0]+$")
_KIN: Final = (r"(?:mother|father|mum|dad|parents?|partner|boyfriend|girlfriend|husband|wife|brother|sister|sibling"
              r"|son|daughter|baby|children|child|grandmother|grandfather|nan|grandparents?|aunt|uncle|cousin"
              r"|niece|nephew|step-?(?:father|mother|dad|mum|son|daughter))s?")
_KIN_OF: Final = re.compile(
    rf"['\u2019]s[ \u00a0]+(?:(?:maternal|paternal|older|younger|new|former)[ \u00a0]+)?{_KIN}\b"
    # ... or what happens only to a person ("Martin's death was unexpected")
    r"|['\u2019]s[ \u00a0]+(?:death|funeral|murder|birth|injuries)\b")
_KIN_BRACKET_BEFORE: Final = re.compile(
    rf"\b(?i:{_KIN}|nana?|grandma|grandad)[ \u00a0]*\([ \u00a0]*[\"'\u201c\u2018]?$")
# Whose relative, the relative, a comma: a name set off after it is theirs ("her grandmother, Hope, was").
_KIN_APPOSITION_BEFORE: Final = re.compile(
    rf"(?:['\u2019]s|\b(?i:his|her|their|the))[ \u00a0]+(?:(?:maternal|paternal|older|younger|new|former)[ \u00a0]+)?"
    rf"{_KIN},[ \u00a0]*$")
_KIN_APPOSITION_AFTER: Final = re.compile(r"[ \u00a0]*,[ \u00a0]+[a-z]")
# Which side or which of the relatives ("maternal aunt", "older half-sister"), before a relative's word.
_KIN_MODIFIERS: Final = r"(?:(?:maternal|paternal|older|younger|half-?|step-?)[ \u00a0]*)*"
# Someone's relative or who someone is to the family, set off after the name by commas or brackets ("Amy, a friend
# of the family, said", "Cormack (Child A's sister)", "Faith (maternal aunt)").
_PERSON_NOUN: Final = (rf"(?:{_KIN}|friends?|neighbours?|lodgers?|babysitters?|childminders?|acquaintances?"
                       r"|flatmates?|housemates?|classmates?|carers?|(?:key|support|youth|social)[ \u00a0]+workers?"
                       r"|nurses?|teachers?|headteachers?|midwi(?:fe|ves)|health[ \u00a0]+visitors?)")
_WHOSE: Final = (r"(?:(?:a|an|the|his|her|their)|(?:Child|Baby|Adult|Young[ \u00a0]+Person)[ \u00a0]+[A-Z]{1,3}"
                 r"['\u2019]s|[A-Z][a-z]+['\u2019]s)[ \u00a0]+"
                 r"(?:(?!(?:for|of|to|at|from|in|with|by|on|and|or)\b)[a-z][\w-]*[ \u00a0]+){0,3}?")
_WHO_THEY_ARE_AFTER: Final = re.compile(
    rf"[ \u00a0]*,[ \u00a0]+{_WHOSE}{_PERSON_NOUN}(?:[ \u00a0]+(?:of|to|at|from)[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+)?,"
    rf"|[ \u00a0]*\((?:{_WHOSE})?{_KIN_MODIFIERS}{_PERSON_NOUN}\)")
# "and", "or" or "nor", then the person's own relative ("Precious and her mother", "Neither Usyi nor her mother").
_WITH_KIN_AFTER: Final = re.compile(
    rf"(?:[ \u00a0]+(?:and|or|nor|&)|[ \u00a0]*,)[ \u00a0]+(?:his|her|their)[ \u00a0]+"
    rf"(?:(?:maternal|paternal|older|younger|new|former|half-?|step-?|best)[ \u00a0]*)*(?:{_KIN}|friends?)\b")
# A dash, then the relationship ending the item: a family list's key ("Molly – Mum; Hope – older sister").
_KIN_DASH_AFTER: Final = re.compile(
    rf"[ \u00a0]+[-\u2013\u2014][ \u00a0]+{_KIN_MODIFIERS}(?i:{_KIN}|nana?|grandma|grandad)"
    r"(?=[ \u00a0]*(?:[;,\t(]|$))", re.MULTILINE)
# Whom a practitioner sees, weighs, examines or speaks with, for a reason or somewhere ("the GP saw Mats for a
# cough", "weighed Hope at home", "spoke with Pablo on the phone").
_SEEN_BEFORE: Final = re.compile(r"\b(?:saw|seen|see|visited|examined|assessed|weighed|measured|treated|vaccinated"
                                 r"|immunised|interviewed|phoned|rang|texted"
                                 r"|(?:spoke|spoken|talked)[ \u00a0]+(?:to|with))[ \u00a0]+$")
_SEEN_AFTER: Final = re.compile(r"[ \u00a0]+(?:for|at|on|in|alone|again|with|about)\b")
# An agency's or a role's letters in brackets after a name, as a chronology's row gives a practitioner ("Yaghnam
# (CSC)", "Hope (HV)"), or a job title, as minutes list who was present ("Donna (Team Manager)").
_AGENCY_AFTER: Final = re.compile(
    rf"[ \u00a0]*\((?:{'|'.join(sorted(AGENCY_ACRONYMS))}|SW|HV|DSL|IRO|PA|GP|FNP|ISW|DV|Police|Health|Housing"
    r"|School|Education|Probation|Midwifery"
    r"|(?i:(?:[a-z-]+[ \u00a0]+){0,3}(?:manager|worker|visitor|officer|nurse|lead|teacher|headteacher|midwife"
    r"|doctor|consultant|paediatrician|practitioner|chair|adviser|advisor|co-?ordinator|director|sergeant"
    r"|constable|therapist|psychologist|psychiatrist|supervisor)))\)")
# What someone sends or makes, and "from" before the name: its sender ("Text message from Blessing to …").
_SENDER_BEFORE: Final = re.compile(
    r"\b(?i:messages?|texts?|calls?|letters?|e-?mails?|notes?|voicemails?|cards?|gifts?|threats?)[ \u00a0]+from"
    r"[ \u00a0]+$")
# A short aside in brackets after a name ("Owuor (Asmini)", "Owuor (Mother)"), and a capitalised word and an
# opening bracket before one.
_ASIDE_AFTER: Final = re.compile(r"[ \u00a0]*\([^()\n\d]{1,40}\)")
# ... or set off by spaced dashes ("Tara – known to friends as "Gee" – had been excluded").
_DASH_ASIDE_AFTER: Final = re.compile(r"[ \u00a0]+[\u2013\u2014-][ \u00a0]+[^\u2013\u2014\n]{1,60}?[ \u00a0]+"
                                      r"[\u2013\u2014-](?=[ \u00a0])")
_NAME_BRACKET_BEFORE: Final = re.compile(rf"(?<![\w'\u2019-])(?:{gz.LATIN_CAPITAL}[^\W\d_]+|(?:[A-Z]\.){{2,3}})"
                                         r"[ \u00a0]*\([ \u00a0]*$")  # (or dotted initials: "K.W. (Steven)")
_QUOTED_BRACKET_CLOSE: Final = re.compile(r"[\"'\u201d\u2019]?[ \u00a0]*\)")
_CLAUSE_END: Final = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$|\n|and\b)")
_BRACKET_CLOSE: Final = re.compile(r"[ \u00a0]*\)")
_APPOSITION_AFTER: Final = re.compile(r"[ \u00a0]*,(?:" + PEOPLE_VERB_AFTER.pattern + r"|[ \u00a0]+[a-z]{3,}ed\b)")
# "South & East Ayrshire", "North and West Yorkshire": the place's last word after "and" is the first word's too.
_SHARED_PLACE_WORD: Final = re.compile(
    r"[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][a-z]+[ \u00a0]+(?P<last>[A-Z][\w'\u2019-]+)")
# A relative clause only a person takes ("Makini, who was 16, was living …"; a body takes "which").
_WHO_AFTER: Final = re.compile(r"[ \u00a0]*,[ \u00a0]*who(?:se|m)?\b")
# Any verb after a word no list knows makes it a subject ("Zilfa had been on the waiting list", "Âlemşah had no
# contact"): nothing else a review writes so is unknown to every list.
_SUBJECT_VERB_AFTER: Final = re.compile(r"[ \u00a0]+(?:(?:had|has|was|is|were|became|began|did|does|got|went|came"
                                        r"|ran|hid|left|took|gave|made|kept|felt|said|told|would|could|will)\b"
                                        r"|[a-z]{3,}ed\b)")
# Verbs a worker's first name does that an agency's initials also do ("completed an assessment").
_DOES: Final = re.compile(r"\s+(?:completed|recorded|noted|reported|assessed|arranged|referred|examined|"
                          r"reviewed|prescribed|contacted|informed|supervised|chaired|led)\b")
# Missing what only a person attends ("Jade missed three appointments", "Hope did not attend"): after a first name
# opening its sentence, as a verb only people do.
_ABSENT_AFTER: Final = re.compile(r"[ \u00a0]+(?:missed|(?:did[ \u00a0]+not|failed[ \u00a0]+to)[ \u00a0]+attend)\b")
# A possessive before a lower-case word ("Anna's school reported"): someone's, even opening a sentence, where the
# draft never writes the word in lower case.
_POSSESSIVE_BEFORE_LOWER: Final = re.compile(r"['\u2019]s[ \u00a0]+(?:[a-z]|(?:GP|NHS|DOB)\b)")
# Words that open a sentence before a name, and never stand in one ("When Ana was 4", "After Hope visited").
_OPENING_WORDS: Final = frozenset({
    "when", "after", "before", "while", "whilst", "although", "though", "because", "since", "until", "once", "if",
    "then", "later", "so", "but", "and", "as", "that", "where", "whether", "unless", "today", "yesterday", "neither",
    "either", "both", "thereafter", "afterwards", "subsequently", "meanwhile", "eventually", "initially",
    "previously", "recently", "finally", "also", "again", "instead", "sometimes", "often", "usually", "soon"})
# "and" or a list's comma, then a capitalised word ("Martin and Lucija", "Jade, Lucija and Kamil"), no third word
# running on.
_JOINED_TO_NAME: Final = re.compile(r"(?:[ \u00a0]+(?:and|&)[ \u00a0]+|,[ \u00a0]*)"
                                    rf"({gz.LATIN_CAPITAL}[^\W\d_]+(?:-{gz.LATIN_CAPITAL}[^\W\d_]+)?)"
                                    rf"(?:[ \u00a0]+({gz.LATIN_CAPITAL}[^\W\d_]+))?(?![\w'\u2019-]|[ \u00a0]+[A-Z])")
# ... or a capitalised word, then "and", before it ("Kamil and Şazime").
_JOINED_AFTER_NAME: Final = re.compile(
    rf"(?<![\w'\u2019-])({gz.LATIN_CAPITAL}[^\W\d_]+)[ \u00a0]+(?:and|&)[ \u00a0]+\Z")
_MONTHS: Final = frozenset(name.lower() for name in MONTH_NAMES)
_CALENDAR: Final = frozenset({*_MONTHS, "monday", "tuesday", "wednesday", "thursday",
                              "friday", "saturday", "sunday"})


def lone_first_names(texts: Iterable[str], known: Callable[[str], bool],
                     opening: Callable[[str, int, int], bool],
                     lower_words: Collection[str] = (),
                     kept: Callable[[int, int, int], bool] = lambda i, start, end: False
                     ) -> dict[str, tuple[int, int, int]]:
    """Ordinary-word first names the draft uses alone as a person's name, each with where one stands.

    Args:
        texts: The draft's texts (segments), in order.
        known: Whether a word is already known (a form, or a phrase the caller keeps).
        opening: Whether ``text[start:end]`` is capitalised only by position (sentence, heading, list item).
        lower_words: Words the draft writes in lower case: such a word opening a sentence is that word, whatever
            follows ("Will said he will call").
        kept: Whether ``texts[i][start:end]`` lies inside a phrase the caller keeps ("Crime" in "the Domestic
            Violence, Crime and Victims Act 2004"): that occurrence is the phrase's, no one's.

    Returns:
        ``word -> (text index, start, end)`` of an occurrence in a person's place.
    """
    texts = list(texts)
    as_thing: set[str] = set()
    as_person: dict[str, tuple[int, int, int]] = {}
    for i, text in enumerate(texts):
        for m in _WORD.finditer(text):
            word, start, end = m.group(1), m.start(1), m.end(1)
            if not (word[0].isupper() and word[1:].islower()):
                continue
            if word in as_thing or (word in as_person and not _thing_here(text, start, end)) or kept(i, start, end):
                continue
            if word.casefold() in _MONTHS:
                # "April said", "April's mother": a month's name is a person's only where a verb only people do
                # or kin say so, and it is no date's month ("In April", "April 2019").
                if gz.is_first_name(word) and not known(word) and not is_month_of_date(text, start, end) \
                        and not _after_name_part(text, start) and not _NEXT.match(text, end) \
                        and (PEOPLE_VERB_AFTER.match(text, end) or _AGE_AFTER.match(text, end)
                             or _role_names(text, start, end)):
                    as_person.setdefault(word, (i, start, end))
                continue
            if _place_first_name(word) and not known(word):
                # A first name that is also a town ("Kerry", "Chester"): a person only where kin or a role say so
                # ("Child C’s father, Martin,"), "and" joins it to a name found ("Martin and Lucija"), or a verb only
                # people do or an age follows it where the draft never writes it as a surname ("Thereafter Martin
                # stayed", "When Heather was 3 years old").
                if _thing_here(text, start, end):
                    as_thing.add(word)
                elif _role_names(text, start, end) or _joined_to_known(text, start, end, known) \
                        or ((PEOPLE_VERB_AFTER.match(text, end) or _AGE_AFTER.match(text, end))
                            and not _after_name_part(text, start) and not _a_surname_in(word, texts)):
                    as_person.setdefault(word, (i, start, end))
                continue
            if gz.is_world_city(word) and not gz.is_word_or_plural(word) and not known(word) \
                    and _BRACKETED_AGE.match(text, end):
                as_person.setdefault(word, (i, start, end))  # "Toki (aged 7)": no city has an age
                continue
            if not _candidate(word) and _listed_only(word) and not known(word) \
                    and not _thing_here(text, start, end) and (_role_names(text, start, end) or (
                        not _after_name_part(text, start) and not _NEXT.match(text, end)
                        and (_person_here(text, start, end) or _joined_to_known(text, start, end, known)
                             or _who_here(text, start, end, texts)))):
                # "her social worker was Priya", "Anna's school reported", "When Ana was 4": NER may miss it
                as_person.setdefault(word, (i, start, end))
                continue
            if not _candidate(word) or known(word) or _thing_here(text, start, end):
                if not _listed_only(word) or known(word) or _thing_here(text, start, end):
                    as_thing.add(word)  # (a listed name elsewhere without a role is simply NER's to find)
                continue
            unlisted = _unlisted(word)  # its capital means something wherever it stands
            if unlisted and word.casefold() in lower_words:
                continue  # ... unless the draft also writes it in lower case: a word ("Adultification affected")
            # A capital by position alone says nothing, unless a verb only people do or an age follows ("Hope
            # visited", "Mason (4) and …").
            if (opening(text, start, end) and not unlisted and (
                    word.casefold() in lower_words
                    or not (PEOPLE_VERB_AFTER.match(text, end) or _AGE_AFTER.match(text, end)
                            or _ABSENT_AFTER.match(text, end) or _POSSESSIVE_BEFORE_LOWER.match(text, end)
                            or _AGENCY_AFTER.match(text, end) or _bracketed_after_name(text, start, end)
                            or _verb_after_aside(text, end) or _speaker(text, start, end)
                            or _joined_to_known(text, start, end, known) or _role_names(text, start, end)))) \
                    or _after_name_part(text, start) \
                    or _NEXT.match(text, end) \
                    or (_BY.search(text, max(0, start - 12), start) and not _kin_names(text, start, end)):
                continue  # part of a longer name ("Mrs Ross", "Faith Walker"), or "by Howe (2018)", a citation
            if _person_here(text, start, end) or _who_here(text, start, end, texts) or _speaker(text, start, end) \
                    or (unlisted and _SUBJECT_VERB_AFTER.match(text, end)) \
                    or (_DOES.match(text, end) and not unlisted) \
                    or _role_names(text, start, end) or _joined_to_known(text, start, end, known, after_name=True):
                as_person.setdefault(word, (i, start, end))
        for m in _SLASH_PAIR.finditer(text):  # "Yasti/Nomasonto were seen": a name found, the other beside it
            for k, other in ((1, 2), (2, 1)):
                word = m.group(k)
                if word not in as_person and not known(word) and _a_known_name(m.group(other), known) \
                        and (_unlisted(word) or (gz.is_first_name(word) and not gz.is_word_or_plural(word))):
                    as_person.setdefault(word, (i, m.start(k), m.end(k)))
        for m in _PAIR.finditer(text):
            pair, start, end = f"{m.group(1)} {m.group(2)}", m.start(), m.end()
            if pair in as_person or not (_unlisted(m.group(1)) and _unlisted(m.group(2))) \
                    or known(pair) or _thing_here(text, start, end) or _after_name_part(text, start):
                continue
            if in_person_slot(text, start, end) or _DOES.match(text, end):
                as_person[pair] = (i, start, end)  # "Ikrimah Aazim completed a new birth visit"
    # A word of a full name found so is that person's, not a person of its own ("Later Aazim wrote").
    in_pairs = {w for name in as_person if " " in name for w in name.split()}
    return {w: where for w, where in as_person.items() if w not in as_thing and w not in in_pairs}


def _joined_to_known(text: str, start: int, end: int, known: Callable[[str], bool], after_name: bool = False) -> bool:
    """Whether "and" or a list's comma joins the word to a name already found after it ("Martin and Lucija were
    taken into care") or, with ``after_name``, before it ("Kamil and Şazime"): a first name or a word no dictionary
    holds, that the caller knows. A city's name abroad on either side is a list of places ("Paris, Rome and
    Madrid")."""
    if gz.is_world_city(text[start:end]):
        return False
    m = _JOINED_TO_NAME.match(text, end)
    # (a full name after it must be found whole, its first name whatever else it is: "Brandon Turner"; the start of
    # a longer name is no name of one word)
    if m is not None and (known(f"{m.group(1)} {m.group(2)}") if m.group(2) is not None
                          else _a_known_name(m.group(1), known)):
        return True
    before = _JOINED_AFTER_NAME.search(text, max(0, start - 40), start) if after_name else None
    return before is not None and _a_known_name(before.group(1), known)


def _a_known_name(word: str, known: Callable[[str], bool]) -> bool:
    return (gz.is_first_name(word) or not gz.is_word_or_plural(word)) and _no_other_word(word) \
        and not gz.is_world_city(word) and known(word)


def _person_here(text: str, start: int, end: int) -> bool:
    """Whether the word stands where only a person does: before a verb only people do, with a possessive, after
    "told" or "by" (:func:`in_person_slot`), before an age, an agency's letters in brackets ("Yaghnam (CSC)") or
    missing an appointment, as a message's sender ("text message from Lan"), or seen by a practitioner for a
    reason or somewhere ("saw Mats for a cough"). An aside in brackets after the word, or the word alone in
    brackets after a capitalised one, is read with it ("Owuor (Asmini) was interviewed")."""
    if in_person_slot(text, start, end) or _AGE_AFTER.match(text, end) is not None \
            or _ABSENT_AFTER.match(text, end) is not None or _AGENCY_AFTER.match(text, end) is not None \
            or _SENDER_BEFORE.search(text, max(0, start - 20), start) is not None \
            or (_SEEN_AFTER.match(text, end) and _SEEN_BEFORE.search(text, max(0, start - 20), start)):
        return True
    if (aside := _aside_after(text, end)) is not None:
        return in_person_slot(text, start, aside)
    return _bracketed_after_name(text, start, end)


def _aside_after(text: str, end: int) -> int | None:
    """Where an aside in brackets or between spaced dashes right after ``end`` ends, if one does."""
    aside = _ASIDE_AFTER.match(text, end) or _DASH_ASIDE_AFTER.match(text, end)
    return aside.end() if aside is not None else None


# A transcript's line: a person's label or role and a colon opening it, what they wrote after ("Child A: at home").
_SPEAKER_LINE: Final = re.compile(
    r"[ \t]*(?:(?:Child|Baby|Young[ \t]+Person|YP|Adult|Sibling|Subject)[ \t]+[A-Z0-9]{1,3}"
    r"|Mum|Mother|Dad|Father|Nan|Nana|Grandma|Grandad|Me|(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][\w'\u2019-]*)"
    r"[ \t]*:[ \t]*\S[^\n]*")
_SPEAKER_COLON: Final = re.compile(r"[ \t]*:[ \t]*\S")


def _speaker(text: str, start: int, end: int) -> bool:
    """Whether the word opens a transcript's line as its speaker, a colon after it, the line before or after a
    person's label or role speaking ("Görsev: where r u" / "Child A: at home"; a glossary's terms are no one)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t") or not _SPEAKER_COLON.match(text, end):
        return False
    line_end = text.find("\n", end)
    before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    before = text[before_start:line_start - 1] if line_start > 0 else ""
    after = "" if line_end < 0 else text[line_end + 1:len(text) if (n := text.find("\n", line_end + 1)) < 0 else n]
    return any(_SPEAKER_LINE.fullmatch(line) is not None for line in (before, after) if line)


def _verb_after_aside(text: str, end: int) -> bool:
    """Whether a verb only people do follows the aside after the word ("Tara – known as "Gee" – had been
    excluded")."""
    aside = _aside_after(text, end)
    return aside is not None and PEOPLE_VERB_AFTER.match(text, aside) is not None


def _bracketed_after_name(text: str, start: int, end: int) -> bool:
    """Whether the word stands alone in brackets after a capitalised word or someone's initials, where a person
    stands ("Owuor (Asmini) was interviewed", "K.W. (Steven) was interviewed")."""
    close = _BRACKET_CLOSE.match(text, end)
    return close is not None and _NAME_BRACKET_BEFORE.search(text, max(0, start - 40), start) is not None \
        and in_person_slot(text, start, close.end())


def _who_here(text: str, start: int, end: int, texts: list[str]) -> bool:
    """Whether a relative clause only a person takes follows the word ("Makini, who was 16, was living …"), the draft
    never writing it as someone's surname ("Tony Howell" … "Howell, who is also the director")."""
    return _WHO_AFTER.match(text, end) is not None and not _a_surname_in(text[start:end], texts)


def _a_surname_in(word: str, texts: list[str]) -> bool:
    """Whether the draft writes ``word`` after a capitalised word, as a surname ("Tim Preston" … "Preston told")."""
    after_name = re.compile(rf"(?<![\w'\u2019-])([A-Z][\w'\u2019-]+)[ \u00a0]+{re.escape(word)}(?![\w'\u2019-])")
    return any(m.group(1).casefold() not in _OPENING_WORDS for text in texts for m in after_name.finditer(text))


def _place_first_name(word: str) -> bool:
    """A listed first name that is also a UK place ("Kerry", "Chester"), and no other kind of word."""
    key = word.casefold()
    return gz.is_first_name(word) and gz.is_uk_place(word) and key not in _CALENDAR \
        and key not in gz.FUNCTION_WORDS and not gz.is_keep_phrase(word) and gz.org_head(word) is None \
        and not gz.is_country(word) and not gz.is_nationality(word)


def _kin_names(text: str, start: int, end: int) -> bool:
    """Whether kin say the word is a person: their possessive before a relative ("Kerry's mother"), the relative
    after a dash ("Kerry – Mum;"), the name alone in brackets, perhaps quoted, after a relative's role ('Mum
    ("Kerry") said'), who they are to someone set off after the name ("Amy, a friend of the family,", "Cormack
    (Child A's sister)"), or their own relative joined to the name ("Neither Usyi nor her mother")."""
    return bool(_KIN_OF.match(text, end)) or bool(_KIN_DASH_AFTER.match(text, end)) or bool(
        _QUOTED_BRACKET_CLOSE.match(text, end) and _KIN_BRACKET_BEFORE.search(text, max(0, start - 30), start)) \
        or bool(_WHO_THEY_ARE_AFTER.match(text, end)) or bool(_WITH_KIN_AFTER.match(text, end))


def _bracketed_after_role(text: str, start: int, end: int) -> bool:
    """Whether the word stands alone in brackets right after a role or a person's label ("Dad (Mark)", "Adult D
    (Fotima)")."""
    return bool(_BRACKET_CLOSE.match(text, end) and (_ROLE_BRACKET_BEFORE.search(text, max(0, start - 30), start)
                                                      or after_person_label_bracket(text, start)))


def _named_by_role(text: str, start: int, end: int) -> bool:
    """Whether the word ends a clause that says who holds a role ("her health visitor was Gemma.")."""
    return bool(_CLAUSE_END.match(text, end) and _ROLE_COPULA_BEFORE.search(text, max(0, start - 80), start))


def _role_names(text: str, start: int, end: int) -> bool:
    """Whether a role or a relative right by the word says it is that person's name (a copula, an apposition,
    brackets, :func:`_kin_names`)."""
    return _named_by_role(text, start, end) or _role_apposition(text, start, end) \
        or _bracketed_after_role(text, start, end) or _kin_names(text, start, end)


def _role_apposition(text: str, start: int, end: int) -> bool:
    """Whether the word is set off by commas after a role, a verb after it ("her key worker at the nursery,
    Jade, noticed"), or after whose relative they are ("Child C’s father, Dale, by phone")."""
    return bool(_APPOSITION_AFTER.match(text, end) and _APPOSITION_BEFORE.search(text, max(0, start - 60), start)) \
        or bool(_KIN_APPOSITION_AFTER.match(text, end)
                and _KIN_APPOSITION_BEFORE.search(text, max(0, start - 40), start))


def _candidate(word: str) -> bool:
    """A listed first name that is also an ordinary word, or a word no list or dictionary knows (listed
    first names that are no words are NER's to find, unless a role names them: :func:`_listed_only`)."""
    return ((gz.is_first_name(word) and gz.is_english_word(word)) or _unlisted(word)) and _no_other_word(word)


def _listed_only(word: str) -> bool:
    """A listed first name that is no ordinary word ("Priya")."""
    return gz.is_first_name(word) and not gz.is_english_word(word) and _no_other_word(word)


def _no_other_word(word: str) -> bool:
    """Not a calendar, function, role or public word, an abbreviation no one is called ("Pt"), an organisation's head
    word, a place, a country or a nationality."""
    key = word.casefold()
    return key not in _CALENDAR and key not in gz.FUNCTION_WORDS and key not in ROLE_WORDS \
        and key not in NOT_NAME_ABBREVIATIONS \
        and not gz.is_keep_phrase(word) and gz.org_head(word) is None and not gz.is_uk_place(word) \
        and not gz.is_country(word) and not gz.is_nationality(word)


def _unlisted(word: str) -> bool:
    """A word in no dictionary, no first-name list and no list of places (a name spaCy rarely knows: "Ghiyaath"),
    nor the plural of a word or public word ("Headteachers")."""
    return len(word) >= 3 and not gz.is_word_or_plural(word) and not gz.is_first_name(word) \
        and not gz.is_world_city(word) and not gz.is_uk_place(word) and not gz.is_country(word) \
        and not gz.is_keep_phrase(word) and not gz.is_nationality(word) \
        and not (word.endswith("s") and len(word) > 6 and gz.is_keep_phrase(word[:-1])) \
        and not (word.endswith("ies") and gz.is_english_word(word[:-3] + "y") and not gz.is_surname(word)) \
        and not _formed_from_a_word(word)  # (not "Caius": CAIU; not "Chronologies": chronology, but "Harries" a name)


def _formed_from_a_word(word: str) -> bool:
    """Whether ``word`` is a dictionary word's "-ing" or "-ed" form, or its noun in "-ment" or "-ness", that the
    dictionary lacks ("Cuckooing": cuckoo; "Disengagement": engage, after a prefix), or a long abstract noun
    ("Resuscitation"); a name's stem is no word ("Jiaming", "Xiaoying")."""
    key = word.casefold()
    if gz.is_surname(word):
        return False  # "Manning", "Golding": a family's name, though a word's stem is in it
    if is_abstract_noun(word):
        return True  # "Resuscitation", "Radicalisation": a long noun of a verb's or a study's, no name
    for suffix in ("ing", "ings", "ed", "ment", "ments", "ness"):
        stem = key[:-len(suffix)]
        if key.endswith(suffix) and len(stem) >= 3 and any(
                _a_word(stem[len(prefix):]) for prefix in _PREFIXES if stem.startswith(prefix)):
            return True
    return False


# Prefixes a dictionary word takes without the dictionary listing the result ("disengage", "reengage").
_PREFIXES: Final = ("", "dis", "re", "non", "un", "mis", "over", "under")


def _a_word(stem: str) -> bool:
    """Whether ``stem`` is a dictionary word, perhaps less its silent "e" or with its last consonant doubled."""
    return len(stem) >= 3 and (gz.is_english_word(stem) or gz.is_english_word(stem + "e")
                               or (len(stem) > 3 and stem[-1] == stem[-2] and gz.is_english_word(stem[:-1])))


def _after_name_part(text: str, start: int) -> bool:
    """Whether what starts at ``start`` continues a longer name: after a capitalised word ("Mrs Ross",
    "Faith Walker") or a name's particle ("Guardian ad Litem")."""
    before = _IN_LONGER_NAME.search(text, max(0, start - 40), start)
    if before is not None and before.group().strip().casefold() in _OPENING_WORDS:
        before = None  # a sentence's first word ("When Ana was 4", "After Hope visited")
    return bool(before or _AFTER_PARTICLE.search(text, max(0, start - 40), start))


def _thing_here(text: str, start: int, end: int) -> bool:
    """Whether this occurrence is a thing: after an article, a public body's possessive name ("Barnardo's"),
    running on into an organisation word, or sharing a place's last word with the place after "and" ("South &
    East Ayrshire" names South Ayrshire)."""
    if _ARTICLE.search(text[max(0, start - 12):start]) or CONDITION_AFTER.match(text, end):
        return True  # (or a condition named after its describer: "he had Alzheimer's disease")
    if text[end:end + 1] in ("'", "\u2019") and gz.is_keep_phrase(text[start:end + 2]):
        return True  # a public body's name in the possessive ("Barnardo's")
    nxt = _NEXT.match(text, end)
    if nxt is not None and gz.org_head(nxt.group(1)) is not None:
        return True
    shared = _SHARED_PLACE_WORD.match(text, end)
    if shared is None:
        return False
    place = f"{text[start:end]} {shared.group('last')}"
    return bool(gz.local_authority(place) or gz.is_uk_place(place))
