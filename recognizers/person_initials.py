"""Initials a draft uses for a person it never names in full: "OP visited", "KP's team manager", "the DSL (KP)".

Authors write a worker by their initials throughout ("Mrs Lee and TB undertook a joint visit"). Capitals
alone say nothing (CSC, GP, MASH are agencies), so a token counts only on the draft's own evidence:

* it stands where a person stands at least once: before a verb only people do ("visited", "told",
  "undertook") or a past action on something new ("completed a single assessment"), with a possessive
  before a lower-case word ("TB's manager"), joined by "and" to a titled
  or full name, after "told" or "by", or in brackets after a role ("the social worker (TB)");
* the draft never writes it as a thing: after an article ("the TB", "a TB"), with a number ("TB1",
  "TB 12"), inside a pseudonym label ("Child TB", "Baby TB"), or as the abbreviation it defines for
  other words ("Tuberculosis Board (TB)") or for a role ("her father (FH)": Father H);
* it is no word or abbreviation we know: the keep vocabulary, review abbreviations, Roman numerals,
  calendar abbreviations.

The capitals of a word ("AS", "IS": a function word, or a word the draft writes in lower case) are that
word unless a person's grammar says otherwise: before a verb only people do (not after a pronoun or an
auxiliary, where capitals are emphasis: "she was NOT told"), with a possessive ("AS's daughter"), joined by
"and" to a titled or full name, at a place before such a verb ("AS at Northgate School noticed"), or in
brackets after a role. The word itself ("As agreed"), a heading in capitals, or an abbreviation the draft
defines for other words never is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Final

from recognizers import gazetteer as gz
from recognizers.name_judge import ROLE_WORDS
from recognizers.pseudonyms import find_labels
from recognizers.public_people import POST_NOMINALS, WEAK_POST_NOMINALS
from recognizers.titles import CIVIC, CLERGY, DOCTOR, PERSONAL, POLICE_RANKS, alternation

# (… or the initials of a name of the Irish patronymics: "CO'N" of Caoimhe O'Neill, "NMcG" of a McGuinness)
_TOKEN: Final = re.compile(r"(?<![\w&/.\-'\u2019])([A-Z]{1,2}O['\u2019][A-Z]|[A-Z]{1,2}Ma?c[A-Z]|[A-Z]{2,3})"
                           r"(?![\w&/\-])")
_TITLE: Final = rf"{alternation(PERSONAL, DOCTOR, POLICE_RANKS, CIVIC, CLERGY)}\.?"
# A name word, with a patronymic's or an apostrophe's second capital ("McElroy", "MacLeod", "O'Neill").
_NAME: Final = r"(?:Ma?c|O['\u2019]|D['\u2019])?[A-Z][a-z\u00c0-\u024f'\u2019-]+"
_PERSON: Final = rf"(?:{_TITLE}\s+{_NAME}|{_NAME}\s+{_NAME})"
# Verbs only people do (an agency "completes" or "records"; it does not "tell" or "visit").
_PEOPLE_VERBS: Final = ("visited", "told", "said", "saw", "spoke", "met", "undertook", "telephoned", "rang", "phoned",
                        "emailed", "e-mailed", "texted", "asked", "explained", "felt", "thought", "believed",
                        "noticed", "disclosed", "wrote", "agreed", "chaired", "arrived", "attended", "made", "gave",
                        "tried", "went", "described", "recalled", "reflected", "knew", "observed", "witnessed",
                        "accompanied", "stayed with", "lived with", "moved in with", "cried", "screamed",
                        "admitted", "denied", "confessed", "recognised", "recognized", "realised", "realized",
                        "died", r"was\s+born", r"(?:was|had\s+been|has\s+been)\s+(?:excluded|suspended|expelled)\b",
                        # ... collected from school, or a country's national ("X is a Polish national")
                        r"was\s+(?:collected|picked\s+up)\s+from\s+(?:school|nursery|college)",
                        r"was\s+not\s+brought\s+to",  # an appointment a child missed
                        r"was\s+described\s+(?:by|as)\b",
                        # ... alleging, drowning, having a baby, being found by the police or known to a service
                        "alleged", "drowned", r"had\s+a\s+baby", r"gave\s+birth",
                        r"was\s+found\s+(?:by\s+(?:the\s+)?police|dead|unresponsive|safe)",
                        r"was\s+known\s+to\s+(?:the\s+)?(?i:police|youth|children|social|camhs|yot|services)\b",
                        r"(?:is|was)\s+an?\s+[A-Z][a-z]+\s+national\b",
                        # a state only a person is in ("Comfort Obi was not satisfied with the explanation")
                        r"was\s+(?:not\s+|always\s+|often\s+|very\s+)?(?:satisfied|dissatisfied|reassured|worried|upset|"
                        r"distressed|tearful|frightened|scared|anxious|pregnant|intoxicated|drunk|smiling|crying|"
                        r"laughing|sobbing)",
                        r"(?:had\s+)?moved(?:\s+(?:to|out|away|house|back|abroad)\b|(?=[.;]))",
                        # what is done only to a person: invited, left in someone's care, placed with carers, seen
                        # alone; a newborn's test ("Gemma tested positive for cannabis at birth")
                        r"was\s+(?:not\s+)?invited\b", r"was\s+left\s+(?:alone|unsupervised|in\s+the\s+care\s+of)\b",
                        r"was\s+placed\s+(?:with|in\s+foster|on\s+a\s+(?:reduced|part-time))\b",
                        r"was\s+(?:not\s+)?seen\s+alone\b", r"tested\s+positive\b",
                        # sharing a bed or a bedroom, returning home ("Patience shared a bedroom with her sisters")
                        r"shared\s+a\s+(?:bed|bedroom|room|cell)\b", r"returned\s+home\b",
                        # pleading in court, drinking, engaging with a service or not, taken into police protection
                        r"pleaded\s+(?:not\s+)?guilty\b", r"(?:had\s+been|was)\s+drinking\b",
                        r"(?:engaged\s+well|did\s+not\s+engage|refused\s+to\s+engage|failed\s+to\s+engage)\b",
                        r"was\s+taken\s+into\s+(?:police\s+protection|care|custody)\b",
                        # what only a child or a person is or does: the subject of a plan or an order, the youngest
                        # of the children, sleeping or living somewhere, leaving school, growing older, spending the
                        # night, referred, coming to services' attention; a chronology's note ("Rita seen at school")
                        r"(?:was|is|became)\s+(?:the\s+)?subject\s+(?:of|to)\s+(?:an?\s+)?(?i:child|care|interim|"
                        r"supervision|special|section|emergency|placement|pathway|education|plan)",
                        r"(?:is|was)\s+the\s+(?:youngest|eldest|oldest|middle|only)\s+(?:of|child|son|daughter|girl|boy)\b",
                        r"was\s+(?:sleeping|living|staying)\s+(?:on|in|at|with|rough)\b", r"left\s+school\b",
                        r"grew\s+(?:older|up)\b", r"spent\s+the\s+night\b", r"was\s+(?:not\s+)?referred\s+to\b",
                        r"(?:first\s+)?came\s+to\s+the\s+(?:attention|notice)\s+of\b",
                        r"seen\s+(?:at|by|in|with|alone)\b",
                        # becoming pregnant, having a boyfriend, running away, hiding
                        r"became\s+pregnant\b", r"had\s+an?\s+(?:new\s+|older\s+)?(?:boyfriend|girlfriend|partner)\b",
                        r"ran\s+away\b", r"hid\s+(?:behind|under|in|from)\b",
                        # beginning to attend somewhere, a history of self-harm
                        r"began\s+(?:attending|to\s+attend)\b", r"had\s+a\s+(?:long\s+)?history\s+of\b")
# An adverb a writer puts between a person and what they did ("Otýlie later told", "TB then visited").
_ADVERB: Final = (r"(?:later|then|also|never|often|always|subsequently|initially|previously|again|repeatedly|still|"
                  r"regularly|frequently|reportedly|allegedly|apparently|immediately|eventually|finally|sometimes|"
                  r"usually|herself|himself)")
# One of those verbs right after a word ("TB visited", "Grace told", "Otýlie later told").
PEOPLE_VERB_AFTER: Final = re.compile(rf"\s+(?:{_ADVERB}\s+)?(?:{'|'.join(_PEOPLE_VERBS)})\b")
_WORD_BEFORE_PEOPLE_VERB: Final = re.compile(r"\b([^\W\d_]{2,})(?=" + PEOPLE_VERB_AFTER.pattern + ")")


def words_used_as_names(text: str) -> set[str]:
    """The capitalised words ``text`` writes right before a verb only people do ("Later Nazlihan said"): it
    uses each as a person's name."""
    return {m.group(1) for m in _WORD_BEFORE_PEOPLE_VERB.finditer(text) if m.group(1)[0].isupper()}
_AFTER: Final = (re.compile(r"['\u2019]s\s+(?:[a-z]|NHS\s+number|GP\b|DOB\b)"),  # ("DA's NHS number")
                 PEOPLE_VERB_AFTER,
                 # a practitioner's note of what they saw ("GTW notes he looks anxious")
                 re.compile(r"\s+not(?:es|ed)\s+(?:that\s+)?(?:he|she|they|her|his|mum|dad|mother|father)\b"),
                 # a person's appearance, or a doctor's examination of them ("DA presented as tired")
                 re.compile(r"\s+presented\s+as\b|\s+was\s+(?:seen|examined)\s+by\s+(?:Dr|a|the|her|his)\b"),
                 # what happens only to a person: birth, arrest and trial, a journey to hospital ("LM was taken to
                 # Didcot District General Hospital", "RT was admitted to hospital"; not "the DVD was admitted into
                 # evidence")
                 re.compile(r"\s+was\s+(?:(?:born|interviewed|arrested|charged|cautioned|convicted|sentenced|remanded"
                            r"|bailed)\b|(?:taken|admitted|readmitted|brought|rushed|conveyed|discharged)"
                            r"\s+(?:to|from)\s+(?:the\s+)?(?:hospital\b|A&E\b|ED\b|(?:[A-Z][\w'\u2019-]*\s+){0,4}"
                            r"(?:Hospital|Infirmary|Emergency\s+Department|A&E|Unit|Ward)\b))"),
                 # told or asked something, as only a person is ("AM was informed by Northumbria Police")
                 re.compile(r"\s+was\s+(?:informed|told|asked|contacted|advised|notified|updated|e-?mailed|phoned"
                            r"|telephoned|invited)\b"),
                 # a meeting's action for them ("SJ to complete the S47 enquiry", "PK to share records")
                 re.compile(r"\s+to\s+(?:complete|check|share|contact|arrange|liaise|send|speak|visit|follow\s+up|"
                            r"update|provide|ask|discuss|confirm|circulate|write|chase|convene|inform|refer|request|"
                            r"seek|explore|ensure|obtain|feed\s+back|consider|e-?mail|call|ring|invite|meet|book|"
                            r"offer|progress|undertake)\b"),
                 # an act of harm to someone ("AO had hit Kerry-Ann", "JD punched him"), or a people's verb after
                 # "had" ("TQ had visited")
                 re.compile(r"\s+(?:had\s+|has\s+)?(?:hit|assaulted|punched|kicked|slapped|strangled|throttled|"
                            r"threatened|pushed|shook|shaken|smacked|bit|beaten|beat|burned|burnt|raped|abused)\s+"
                            r"(?:her|him|them|me|[A-Z])"),
                 re.compile(rf"\s+(?:had|has)\s+(?:{'|'.join(_PEOPLE_VERBS)})\b"),
                 # a past action on something new: a practitioner's work ("NN completed a single assessment")
                 re.compile(r"\s+[a-z]{3,}ed\s+an?\s"),
                 re.compile(rf"\s+(?:and|&)\s+{_PERSON}\b"),
                 # a parent with the children ("Mehin and the children moved to a refuge")
                 re.compile(r"\s+(?:and|&)\s+(?:the|her|his|their)\s+(?:children|child|baby|kids|sons|daughters)\b"),
                 # joined to a first name or initials, both before a verb only people do ("TQ and Dariusz
                 # undertook", "NB and JO undertook")
                 re.compile(rf"\s+(?:and|&)\s+(?:{_NAME}|[A-Z]{{2,3}}){PEOPLE_VERB_AFTER.pattern}"),
                 # ... or to a role and a name ("AS and police officer Chidimma Eze undertook")
                 re.compile(rf"\s+(?:and|&)\s+(?:(?:the|a)\s+)?(?:[a-z][a-z-]+\s+){{1,3}}{_NAME}(?:\s+{_NAME}){{0,2}}"
                            rf"{PEOPLE_VERB_AFTER.pattern}"),
                 # before the pseudonym label a review gives a person ("Labeeb (YPA)", "X (\u2018Child W\u2019)")
                 re.compile(r"[ \t]*\([ \t]*['\u2018\"\u201c]?(?:(?:Child|Baby|Infant|Young[ \t]+Person|Adult|Sibling"
                            r"|Subject|Person)[ \t]+[A-Z]{1,3}\d{0,2}|YP[A-Z\d]{1,2})['\u2019\"\u201d]?[ \t]*\)"),
                 # at a place, then a person's verb ("TB at Northgate Primary School noticed")
                 re.compile(rf"\s+at\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){{0,5}}"
                            rf"\s+(?:{'|'.join(_PEOPLE_VERBS)})\b"))
_TITLED: Final = re.compile(rf"{_TITLE}\s")
_AND_PERSON_BEFORE: Final = re.compile(rf"\b{_PERSON}\s+(?:and|&)\s+$")
_BEFORE: Final = (_AND_PERSON_BEFORE,
                  re.compile(r"\b(?:told|by|informed|asked|according\s+to)\s+$"),
                  # letters or messages sent to them ("Letters were sent to Çolpan but were returned")
                  re.compile(r"\b(?i:letters?|texts?|messages?|e-?mails?|cards?|gifts?|invitations?)\s+(?:were|was)"
                             r"\s+sent\s+to\s+$"),
                  # someone's name given ("a man called Blake", "a girl named Çolpan")
                  re.compile(r"\b(?:man|woman|boy|girl|friend|person|male|female|lady|youth|boyfriend|girlfriend"
                             r"|partner|someone|somebody|child|baby|son|daughter)\s+(?:called|named)\s+$"),
                  # a relative's or partner's role right before them ("her partner KB", "his uncle DW")
                  re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)|[A-Z][a-z]+['\u2019]s)\s+"
                             r"(?:(?:maternal|paternal|new|former|ex-?|older|younger|baby|half-?|step-?)\s*)?"
                             r"(?:partner|boyfriend|girlfriend|husband|wife|ex-partner|mother|father|stepfather|"
                             r"stepmother|uncle|aunt|grandmother|grandfather|cousin|brother|sister|friend|neighbour|"
                             r"lodger|daughter|son|sibling|niece|nephew|grandson|granddaughter|stepson|stepdaughter)"
                             r"\s+$"))
# Before capitals, a pronoun or auxiliary makes them emphasis of a word ("it IS made clear", "was NOT told").
_EMPHASIS: Final = re.compile(r"\b(?:i|it|he|she|they|we|you|this|was|were|is|are|am|be|been|being|has|have|had|"
                              r"do|does|did|will|would|can|could|should|shall|must|may|might|not)\s+$", re.IGNORECASE)
_BRACKETED: Final = re.compile(r"([\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})\s*\(\s*$")
# Written as a thing somewhere in the draft.
_ARTICLE: Final = re.compile(r"\b(?:the|a|an|The|A|An|this|that|each|every|any|no|per)\s+$")
_NUMBERED: Final = re.compile(r"\s?-?\d")
# A Roman numeral as written (V, L and D never repeat, a smaller letter before a larger only as IV, IX, XL, XC,
# CD, CM): "VV" or "LL" is no numeral but someone's initials.
_ROMAN: Final = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_CALENDAR: Final = frozenset({"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
                              "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"})


def initials_used_as_people(texts: Iterable[str], known: Callable[[str], bool],
                            lower_words: Collection[str] = ()) -> dict[str, tuple[int, int, int]]:
    """Tokens the draft uses as a person's initials, each with where it first stands as a person.

    Args:
        texts: The draft's texts (segments), in order.
        known: Whether a token is already known (a form, or an abbreviation the caller keeps).
        lower_words: Words the draft writes in lower case ("as", "it"): capitals of one are that word.

    Returns:
        ``token -> (text index, start, end)`` of an occurrence in a person's place.
    """
    texts = list(texts)
    as_thing: set[str] = set()
    as_person: dict[str, tuple[int, int, int]] = {}
    for i, text in enumerate(texts):
        labels = find_labels(text)
        for m in _TOKEN.finditer(text):
            token, start, end = m.group(1), m.start(1), m.end(1)
            if token in as_thing:
                continue
            if not _candidate(token) or known(token):
                as_thing.add(token)
                continue
            before, after = text[max(0, start - 60):start], text[end:end + 60]
            article = _ARTICLE.search(before)
            if article is not None and article.group().startswith("that"):
                if not any(rx.match(after) for rx in _AFTER):
                    continue  # "and that LR 'says …'": "that" joins a clause and says nothing of the capitals
                article = None  # "disclosed that AO had hit her": "that" joins a clause, a person acts in it
            if article is not None or _NUMBERED.match(after) or any(a <= start < b for a, b in labels) \
                    or _post_nominal(token, before) or _opens_a_kept_phrase(token, after):
                as_thing.add(token)
                continue
            if _keys_vocabulary(before, after, token):
                as_thing.add(token)  # "TM - team manager": a key's or glossary's vocabulary
                continue
            bracket = _bracketed(before, after)
            if bracket is not None and _abbreviates(bracket, token):
                as_thing.add(token)
                continue
            if token in as_person:
                continue
            after_role = bracket is not None and _role(bracket.split()[-1])
            if token.casefold() in gz.FUNCTION_WORDS or token.casefold() in lower_words:
                person = after_role or (any(rx.match(after) for rx in _AFTER) and not _EMPHASIS.search(before))
            else:
                person = after_role or any(rx.match(after) for rx in _AFTER) or _person_before(before) \
                    or _a_practitioners_initials(before, after, token)
            if person:
                as_person[token] = (i, start, end)
    return {t: where for t, where in as_person.items() if t not in as_thing}


# An article or determiner before capitals makes them a thing ("the TA", "her TA"); "that" mostly joins a
# clause ("decided that TA should"), so it says nothing here.
_DETERMINER: Final = re.compile(r"\b(?:the|a|an|The|A|An|this|This|each|every|any|no|per|our|their|his|her|its)\s+$")


def used_as_a_person_only(texts: Iterable[str], token: str) -> bool:
    """Whether the draft writes the capitals ``token`` where a person stands somewhere, and never as a thing.

    A thing: after an article ("the TA"), with a number ("TA1"), inside a pseudonym label, or as the
    abbreviation it defines for vocabulary ("Teaching Assistant (TA)"). The abbreviation defined for a
    name ("Harley-Jay Church (HC)") is neither. Where a person stands: before a verb only people do, with a
    possessive, joined by "and" to a titled or full name, after "told" or "by" (:func:`in_person_slot`).
    """
    pattern = re.compile(rf"(?<![\w&/.\-'\u2019]){re.escape(token)}(?![\w&/\-])")
    as_person = False
    for text in texts:
        labels: list[tuple[int, int]] | None = None
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            before, after = text[max(0, start - 60):start], text[end:end + 60]
            if _DETERMINER.search(before) or _NUMBERED.match(after):
                return False
            labels = find_labels(text) if labels is None else labels
            if any(a <= start < b for a, b in labels):
                return False
            if _keys_vocabulary(before, after, token):
                return False  # "TM - team manager": a key's or glossary's vocabulary
            bracket = _bracketed(before, after)
            if bracket is not None and _abbreviates(bracket, token):
                words = bracket.split()[-len(token):]
                if gz.is_keep_phrase(" ".join(words)) or any(w.casefold() in ROLE_WORDS or w.islower() for w in words):
                    return False  # "Teaching Assistant (TA)": the vocabulary's abbreviation
                close = end + after.index(")") + 1  # "Sandra Street (SS) chaired": the name acts as a person
                as_person = as_person or in_person_slot(text, start, close)
                continue
            as_person = as_person or in_person_slot(text, start, end)
    return as_person


def in_person_slot(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands where a person stands: before a verb only people do, with a
    possessive before a lower-case word, joined by "and" to a titled or full name, or after "told"/"by"."""
    before, after = text[max(0, start - 60):start], text[end:end + 60]
    return any(rx.match(after) for rx in _AFTER) or _person_before(before)


def _person_before(before: str) -> bool:
    """Whether the words before a place say a person stands there ("Mrs Okafor and", "told", "her partner")."""
    for rx in _BEFORE:
        m = rx.search(before)
        if m is not None and (rx is not _AND_PERSON_BEFORE or _names_someone(m.group())):
            return True
    return False


def _names_someone(words: str) -> bool:
    """Whether a title and name, or two capitalised words, before "and" name a person: not two dictionary words
    or their plurals ("Rapid Reviews and JCR")."""
    if _TITLED.match(words):
        return True
    parts = words.split()[:2]
    return not all(gz.is_word_or_plural(w) for w in parts)


_PAST_TENSE: Final = re.compile(r"\s+[a-z]{2,}ed\b")


def acts_as_person(text: str, start: int, end: int) -> bool:
    """Whether capitals that are also a word ("SO", "AS") act as a person where written: before a verb in the
    past tense or one only people do, with a possessive, or after "told" or a relative's role; not after a pronoun
    or auxiliary (emphasis: "it was SO cold") and not on a line written in capitals (a heading: "WHY SO MANY")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if sum(c.islower() for c in line) < sum(c.isupper() for c in line):
        return False
    before, after = text[max(0, start - 60):start], text[end:end + 60]
    if _EMPHASIS.search(before):
        return False
    return _PAST_TENSE.match(after) is not None or any(rx.match(after) for rx in _AFTER) or _person_before(before)


def _post_nominal(token: str, before: str) -> bool:
    """Whether ``token`` is an honour or qualification written after a name ("Jane Smith CBE")."""
    return token in POST_NOMINALS and token not in WEAK_POST_NOMINALS and _NAME_BEFORE.search(before) is not None


_NAME_BEFORE: Final = re.compile(rf"{_NAME}[ \t]+$")
_NEXT_WORDS: Final = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){1,3}")


def _opens_a_kept_phrase(token: str, after: str) -> bool:
    """Whether ``token`` and the capitalised words after it make a phrase we keep ("HM Government")."""
    m = _NEXT_WORDS.match(after)
    if m is None:
        return False
    words = m.group().split()
    return any(gz.is_keep_phrase(" ".join([token, *words[:k]])) for k in range(1, len(words) + 1))


# A practitioner's role noun: chronologies write a worker by initials beside it ("social worker DK", "KB = social
# worker", "RT (social worker, 2020)").
_PRACTITIONER: Final = (r"(?:worker|visitor|officer|nurse|doctor|midwife|teacher|consultant|paediatrician|practitioner"
                        r"|headteacher|manager|DSL|SENCO|co-?ordinator|adviser|advisor|therapist|psychiatrist"
                        r"|psychologist|paramedic|constable|sergeant|detective|reviewer|chair)")
_ROLE_RIGHT_BEFORE: Final = re.compile(rf"(?i:\b((?:[a-z'\u2019-]+[ \t]+){{0,2}}{_PRACTITIONER}))[ \t]*:?[ \t]+$")
_ROLE_DEFINED_AFTER: Final = re.compile(
    rf"[ \t]*(?:(?:=|:|[-\u2013\u2014])[ \t]*(?:the[ \t]+|a[ \t]+|an[ \t]+)?|\([ \t]*)"
    rf"(?i:((?:[a-z'\u2019-]+[ \t]+){{0,3}}?{_PRACTITIONER}))\b")


# ... or signing a note: a dash or a line's start before them, a comma and the role after them, ending the note
# ('… – MW, dental nurse"', "GK, school nurse")
_SIGNED_BEFORE: Final = re.compile(r"(?:^|\n|[-\u2013\u2014])[ \t]*$")
_SIGNED_ROLE_AFTER: Final = re.compile(
    rf",[ \t]*(?i:((?:[a-z'\u2019-]+[ \t]+){{0,2}}{_PRACTITIONER}))[ \t]*[\"\u201d)]?[ \t]*(?:$|\n)")


def _a_practitioners_initials(before: str, after: str, token: str) -> bool:
    """Whether capitals stand beside a practitioner's role as their initials ("social worker DK", "JW = health
    visitor", "RT (social worker, 2020)", "– MW, dental nurse" signing a note); not where they abbreviate the role
    ("HV = health visitor")."""
    signed = _SIGNED_ROLE_AFTER.match(after) if _SIGNED_BEFORE.search(before) else None
    for m in (_ROLE_RIGHT_BEFORE.search(before), _ROLE_DEFINED_AFTER.match(after), signed):
        if m is not None and not _abbreviates(m.group(1), token):
            return True
    return False


def _candidate(token: str) -> bool:
    # Numerals of small values ("II", "IV", "XL") number parts and chapters; "MM" or "CC" is someone's initials.
    numeral = _ROMAN.fullmatch(token) is not None and set(token) <= set("IVXL")
    return not (gz.is_keep_phrase(token) or token in _CALENDAR or numeral or gz.is_country(token))


# A key's or glossary's entry: the capitals open a line or a table's cell, then a dash, colon, equals sign or tab, then
# what they stand for ("TM - team manager", "| MGM - maternal grandmother |", "TA: teaching assistant").
_ENTRY_BEFORE: Final = re.compile(r"(?:^|[\n|\t])[ \t]*(?:[-\u2022*]\s*)?$")
_ENTRY_AFTER: Final = re.compile(r"[ \t]*(?:[-\u2013\u2014:=][ \t]*|\t)"
                                 r"([A-Za-z][\w'\u2019-]*(?:[ \t]+[A-Za-z][\w'\u2019-]*){0,5})")


def _entry_words(before: str, after: str, at: int = 0) -> list[str] | None:
    """The words of the key's or glossary's entry that capitals open, ``before`` them and at ``at`` in ``after``
    ("TM - team manager": ["team", "manager"]); ``None`` where they open none."""
    entry = _ENTRY_AFTER.match(after, at) if _ENTRY_BEFORE.search(before) else None
    return entry.group(1).split() if entry is not None else None


def opens_key_entry(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` open a key's or glossary's entry that spells them out ("MARU –
    Multi-Agency Referral Unit" on a line of its own): an abbreviation, whatever name the line above ends with."""
    words = _entry_words(text[max(0, start - 40):start], text, end)
    if words is None:
        return False
    token = text[start:end]
    # (the initials of each word, or of each part of a compound: "Multi-Agency Referral Unit" spells MARU)
    return any(letters.upper().startswith(token) for letters in (
        "".join(w[0] for w in words), "".join(part[0] for w in words for part in w.split("-") if part)))


def _keys_vocabulary(before: str, after: str, token: str) -> bool:
    """Whether the capitals open a key's entry that spells them out in vocabulary: words in lower case or a role's
    ("TM - team manager", "MGM - maternal grandmother"), or a body's name ending in its kind's word ("KCC – Kent
    County Council"), not a name ("HN - Holly Nash")."""
    words = _entry_words(before, after)
    if words is None:
        return False
    spelt = "".join(_compound_initials(w) for w in words[:len(token)])
    if not spelt.upper().startswith(token):
        return False
    if all(w.islower() or w.casefold() in ROLE_WORDS or gz.is_keep_phrase(w) for w in words[:len(token)]):
        return True
    # ... or a body's or a role's name by its last word ("KCC – Kent County Council", "DN – District Nurse"), its words
    # as many as the capitals (a compound's two: "CMW – Community Midwife")
    last = words[len(token) - 1] if len(words) >= len(token) else ""
    return bool(last) and (gz.org_head(last) is not None or last.casefold() in ROLE_WORDS)


def _bracketed(before: str, after: str) -> str | None:
    """The words before the token when it is written in brackets ("social worker (TB)"), else ``None``."""
    if not re.match(r"\s*\)", after):
        return None
    m = _BRACKETED.search(before)
    return m.group(1) if m else None


def _abbreviates(words: str, token: str) -> bool:
    """Whether ``token`` is made from the initials of the last words before it ("Tuberculosis Board (TB)"),
    or starts with the initial of the role it labels ("her father (FH)": Father H, a pseudonym)."""
    found = [w for w in re.findall(r"[A-Za-z][\w'\u2019]*", words)  # "multi-agency team" (MAT)
             if w.casefold() not in gz.FUNCTION_WORDS]
    capitals = [w[0].upper() for w in found]
    last = words.split()[-1].casefold()
    if "".join(capitals[-len(token):]) == token or (last in ROLE_WORDS and last[:1].upper() == token[0]):
        return True
    # A compound word gives each of its words' initials: "Maternal Grandmother (MGM)", "stepfather (SF)".
    spelt = ""
    for w in reversed(found[-len(token):]):
        spelt = _compound_initials(w) + spelt
        if spelt == token:
            return True
    return False


def _compound_initials(word: str) -> str:
    """A word's initial, or the initials of the two words it joins ("Grandmother": "GM")."""
    for k in range(3, len(word) - 2):
        if gz.is_english_word(word[:k].casefold()) and word[k:].casefold() in ROLE_WORDS:
            return (word[0] + word[k]).upper()
    return word[0].upper()


def _role(word: str) -> bool:
    """A role a person holds: a role noun ("worker", "father") or a role's abbreviation ("DSL", "HV")."""
    return word.casefold() in ROLE_WORDS or (word.isupper() and gz.is_keep_phrase(word))
