"""Turn spaCy's raw entity spans into clean candidate names, or reject them.

spaCy's small English model over-reaches on review drafts: it includes bullets and paragraph
numbers ("2.53 Bartosz"), runs across table cells ("… Trust\\tIndividual"), keeps possessives,
and labels review vocabulary ("Foster Carers", "Care Order") as people or organisations.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from recognizers import catalogue as cat
from recognizers.gazetteer import SOFT_WRAP, is_english_word, is_first_name, is_people_word, is_surname, is_uk_place
from recognizers.name_judge import ROLE_WORDS, plausible_name
from recognizers.organisation_recognizer import LAW_REPORT_COURTS
from recognizers.person_name_recognizer import NUMBER_OR_CALL_AFTER, PARTICLES, RECORDS_AFTER
from recognizers.public_people import POST_NOMINALS_TAIL
from recognizers.titles import MILITARY_PAIRS, alternation
from redactor.document import SUPERSCRIPT_DIGITS

_LEADING = re.compile(r"^(?:[\W\d_]+|(?:the|a|an)\s+)+", re.UNICODE)
_TRAILING = re.compile(r"(?:['\u2019]s?|[\W\d_])+$", re.UNICODE)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_BREAK = re.compile(r"([\t\n]| [-\u2013\u2014/] )")
# A person's name also ends at a lower-case word that is no name particle ("Ms Cunha that Witold had
# hit ...": two people; "van der Berg", "bin Rashid" stay whole), and at any lower-case word it ends with
# ("Kelly-Ann rang", a particle left last).
_PERSON_BREAK = re.compile(r"([\t\n]| [-\u2013\u2014/] |\s+(?!(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True))
                           + r")\s)[a-z][\w'\u2019-]*(?:\s+|$))")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# A web page's or a document's picture words: what follows, or what they head, is no one's name.
_PICTURE_WORD = re.compile(r"(?<![\w'\u2019-])(?:Logo|Icon|Banner|Image|Photo|Picture)s?(?![\w'\u2019-])")
# A contact line's label, before its colon or stop and the number or address ("Tel: 07700 900123", "Mob. 0770…").
_CONTACT_LABEL = re.compile(r"(?i:tel|telephone|phone|mob|mobile|fax|ext|email|e-mail|web|website)")
# ... a colon, or a stop or a space before a number ("Tel 07700 …"), or a call ("Tel call to …"); not a stop ending a
# sentence: "lived with Tel."
_LABEL_MARK = re.compile(r"[ \t]*(?::|\.[ \t]*(?=[\d+(]))|" + NUMBER_OR_CALL_AFTER)
# A lone capital letter ending a guessed name ("ALEX WALTERS V"): no surname is one letter.
_LONE_LETTER_LAST = re.compile(r"(?<=\w\w)\s+[A-Z]\.?$")
_WORD_REST = re.compile(r"[^\W\d_]+")
# Titles written with a stop ("Dr. Okoro", "St. John"): no sentence ends there.
_ABBREVIATED_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "St", "Prof", "Rev", "Revd", "Sgt", "Insp", "Det",
                                 "Cllr", "Hon", "Rt", "Capt", "Col", "Gen", "Lt", "Maj", "Fr", "Sr", "Jr",
                                 # ... nor a place's or a body's abbreviated word ("Co. Durham", "Mt. Pleasant")
                                 "Co", "Mt", "Ft", "Pt", "Dept", "Univ", "Inst", "Assoc", "Bros", "Nat"})
# A medicine: what someone was prescribed, a dose or a course of (a list of them too: "prescribed Sertraline and
# Diazepam"), or what a dose follows ("Olanzapine 10mg"). After an active "prescribed" the medicine ends the
# phrase ("Dr Patel prescribed Amy some cream": Amy is whom it was prescribed for).
_LIST_BEFORE = r"(?:(?:more|some|an?|the)\s+)?(?:[A-Z][\w-]*(?:\s*,\s*|\s+(?:and|or|&)\s+))*$"
_MEDICINE_BEFORE = re.compile(r"\b(?:(?:was|were|been|being|is|are)\s+prescribed|prescriptions?\s+(?:for|of)"
                              r"|(?:over)?doses?\s+of|course\s+of)\s+" + _LIST_BEFORE)
_PRESCRIBED_BEFORE = re.compile(r"\bprescribed\s+" + _LIST_BEFORE)
_MEDICINE_END = re.compile(r"(?:\s*(?:,|\s(?:and|or|&))\s*[A-Z][\w-]*)*(?:\s*(?:[.,;:)]|$)"
                           r"|\s+(?:for|to|by|at|in|on|from|after|daily|twice|once|which|but|tablets?|medication)\b"
                           r"|\s*\(?\d)")
_DOSE_AFTER = re.compile(r"\s*\(?\d+(?:\.\d+)?\s*(?:mg|mcg|\u00b5g|ml|mls|g)\b")
# ... or what someone is given or takes for a symptom ("was given Calpol for a temperature").
_GIVEN_BEFORE = re.compile(r"\b(?:given|gave|giving|give|took|taken|taking|take|administered|had)\s+(?:(?:him|her|them|"
                           r"the\s+(?:child|baby)|some)\s+)?$")
_FOR_SYMPTOM = re.compile(r"\s+for\s+(?:an?\s+|the\s+|her\s+|his\s+|their\s+)?(?:high\s+|mild\s+|bad\s+)?"
                          r"(?:teething\s+)?(?:temperature|fever|pain|cough|cold|teething|rash|headaches?|infection|"
                          r"reflux|colic|constipation|eczema|asthma|sickness|diarrhoea|vomiting|allergy|allergies)\b")
_PAN = re.compile(r"Pan[ -]")
# A report, review or inquiry named after its author or chair ("the Casey report"), and a public inquiry's name.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_PUBLICATION_AFTER = re.compile(r"['\u2019]?[ \t]+(?i:report|review|inquiry|enquiry)\b")
_INQUIRY = re.compile(r"\bInquiry\b")
_SUPERSCRIPTS = "".join(map(chr, SUPERSCRIPT_DIGITS.values()))  # the raised digits of a footnote mark


def refine_ner(text: str, start: int, end: int, entity: str,
               lower_words: Collection[str] = frozenset()) -> list[tuple[int, int]]:
    """Clean one NER span of ``text`` into zero or more name spans.

    A span never crosses a line, a table cell, a spaced dash or slash (a list's fields: "2019 – Anonymous - Katie",
    "West Midlands Police / University Hospital Coventry"): each piece ("Lessons Learnt" / "Chinedu Acheampong") is
    cleaned and judged on its own.

    Args:
        text: The analysed text.
        start: Span start as spaCy gave it.
        end: Span end as spaCy gave it.
        entity: PERSON, LOCATION or ORGANISATION.
        lower_words: Words the whole document uses in lower case (ordinary words there).
    """
    # A name a line break hyphenated runs on to the rest of its word ("McAl-" / "lister").
    if (soft := SOFT_WRAP.match(text, end)) is not None and (rest := _WORD_REST.match(text, soft.end())) is not None:
        end = rest.end()
    out = []
    pos = start
    breaks = _PERSON_BREAK if entity == cat.PERSON else _BREAK
    # (a hyphenated word's line break breaks nothing: read as soft hyphens of the same length)
    for piece in breaks.split(SOFT_WRAP.sub(lambda m: "\u00ad" * len(m.group()), text[start:end])):
        if piece and not breaks.fullmatch(piece):
            for a, b in _sentences(piece):
                span = _clean(text, pos + a, pos + b, entity, lower_words)
                if span is not None:
                    out.append(span)
        pos += len(piece)
    return out


_FIRST_WORD = re.compile(r"(\w+)(?:[ \t]+|$)")
_STOP_THEN_CAPITAL = re.compile(r"(?<=[\w'\u2019-])\.\s+(?=[A-Z])")
_WORD_BEFORE_STOP = re.compile(r"[\w'\u2019-]+$")


def _sentences(piece: str) -> list[tuple[int, int]]:
    """Where a guess runs over a sentence's end ("belonged to Mo. Kieran was …", "heard at MARAC. Mason was"), its
    parts; an initial's, a title's or an abbreviation's stop ("J. Okoro", "Dr. Okoro", "Co. Durham") ends none."""
    parts, begin = [], 0
    for m in _STOP_THEN_CAPITAL.finditer(piece):
        word = _WORD_BEFORE_STOP.search(piece, 0, m.start())
        if word is None or len(word.group()) == 1 or word.group() in _ABBREVIATED_TITLES:
            continue
        parts.append((begin, m.start()))
        begin = m.end()
    return [*parts, (begin, len(piece))]


# A review's kind ending a person's span: the review is named after the person ("Louise Smith Learning Review").
_REVIEW_TAIL = re.compile(r"[ \t]+(?:(?:Local[ \t]+)?(?:Child[ \t]+Safeguarding[ \t]+Practice|Serious[ \t]+Case"
                          r"|Learning|Safeguarding[ \t]+Adults?|Domestic[ \t]+Homicide|Rapid)[ \t]+)?Review$")
# "a.k.a", "aka" or "alias" ending a name's span: what follows is another name, not this one's.
# The service a member of the armed forces serves in, written after the name ("Sgt Gareth Hughes RAF"): no part of it.
_SERVICE_TAIL = re.compile(r"[ \t]*,?[ \t]+(?:RAF|RN|RM|RNR|RAFR|RMR)$")
_ALIAS_TAIL = re.compile(r"[ \t]+(?:a\.?k\.?a\.?|AKA|alias)$")


# A rank of several words ("Chief Petty Officer", "Lance Corporal"): a word of it alone is the rank's, no name.
_RANK = re.compile(alternation(MILITARY_PAIRS))


def _in_a_rank(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end()
               for m in _RANK.finditer(text, max(0, start - 30), min(len(text), end + 30)))


def _clean(text: str, start: int, end: int, entity: str, lower_words: Collection[str]) -> tuple[int, int] | None:
    if text.startswith("#", start - 1) or _in_a_rank(text, start, end):
        return None  # a hashtag's words, a campaign's ("#ChargeSafe"); a word of a rank ("Chief Petty Officer")
    span = text[start:end]
    for ch in _SUPERSCRIPTS:
        cut = span.find(ch)
        if cut != -1:
            span = span[:cut]
            end = start + cut
    lead = _LEADING.match(span)
    if lead:
        start += lead.end()
        span = span[lead.end():]
    while (code := _FIRST_WORD.match(span)) is not None and code.group(1) in LAW_REPORT_COURTS:
        start += code.end()  # "UKHL Lewes Crown Court": a neutral citation's court code, then the name
        span = span[code.end():]
    trail = _TRAILING.search(span)
    if trail:
        span = span[: trail.start()]
        end = start + len(span)
    if entity == cat.PERSON:
        if _CONTACT_LABEL.fullmatch(span) and _LABEL_MARK.match(text, end):
            return None
        if _a_medicine(text, start, end):
            return None
        if _THE_BEFORE.search(text, max(0, start - 5), start) and _PUBLICATION_AFTER.match(text, end):
            return None  # "the Casey report", "the Laming review": a publication named after its author
        if any(_ACRONYM_PLURAL.fullmatch(w.group()) for w in _NAME_WORD.finditer(span)):
            return None  # "Bradford SCRs", "Quillbury LSCBs": an acronym's plural is in no one's name
        start, end, span = _without_roles(start, span)
        if span and all(is_people_word(w) for w in span.split()):
            return None  # "Romanian Roma", "British Pakistani", "Black Fijian": a people, no one's name
        if (alias := _ALIAS_TAIL.search(span)) is not None and alias.start() > 0:
            span = span[:alias.start()].rstrip()  # "Jordan Pike a.k.a": the alias's word, no part of the name
            end = start + len(span)
        if (picture := _PICTURE_WORD.search(span)) is not None:
            span = span[:picture.start()].rstrip()  # "Kaylea Titford Image", "Logo Alt Text": a page's picture
            end = start + len(span)
        if (review := _REVIEW_TAIL.search(span)) is not None and review.start() > 0:
            span = span[:review.start()].rstrip()  # "Louise Smith Learning Review": the review named after her
            end = start + len(span)
        if (letter := _LONE_LETTER_LAST.search(span)) is not None:
            span = span[:letter.start()]  # "ALEX WALTERS V.3": a version's letter, no surname
            end = start + len(span)
        if (service := _SERVICE_TAIL.search(span)) is not None and service.start() > 0:
            span = span[:service.start()]  # "Sgt Gareth Hughes RAF": the service he serves in, no part of his name
            end = start + len(span)
        if (letters := POST_NOMINALS_TAIL.search(span)) is not None and letters.start() > 0:
            span = span[:letters.start()].rstrip(" \t,")  # "Malcolm Ross M.Sc": degrees, no part of the name
            end = start + len(span)
    if len(span) < 2 or not span[0].isupper():
        return None
    if (pan := _PAN.match(span)) is not None and is_uk_place(span[pan.end():]):
        return None  # "Pan-Lancashire", "Pan London": all of a place, which is public
    if entity == cat.ORGANISATION and _INQUIRY.search(span):
        return None  # "the Bichard Inquiry": a public inquiry
    if " " not in span and RECORDS_AFTER.match(text, end):
        return None  # "the Athena references", "Mosaic record": a records system's name
    if " " not in span and text.startswith(("\u2026", "..."), end) and _cut_short(span):
        return None  # "Summarie…": a word a web page's title cut short, no name
    if not plausible_name(span, entity, lower_words):
        return None
    return start, end


_ENDINGS: Final = ("s", "es", "d", "ed", "ng", "ing", "y", "e", "er", "ers", "al", "ion", "ions")


def _cut_short(word: str) -> bool:
    """Whether a word before an ellipsis is an everyday word cut short ("Summarie" of "Summaries"): no name of a list,
    and a few letters more make a dictionary word."""
    return not (is_first_name(word) or is_surname(word)) and any(is_english_word(word + e) for e in _ENDINGS)


def _a_medicine(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a medicine where written (see ``_MEDICINE_BEFORE``)."""
    before = text[max(0, start - 80):start]
    return bool(_MEDICINE_BEFORE.search(before) or _DOSE_AFTER.match(text, end)
                or (_PRESCRIBED_BEFORE.search(before) and _MEDICINE_END.match(text, end))
                or (_GIVEN_BEFORE.search(before) and _FOR_SYMPTOM.match(text, end)))


def _without_roles(start: int, span: str) -> tuple[int, int, str]:
    """A guessed person cut at a kinship or role noun ("Sarah Mother" -> "Sarah"); leading ones dropped
    ("Mother Sarah" -> "Sarah")."""
    words = list(_NAME_WORD.finditer(span))
    lead = 0
    while lead < len(words) and words[lead].group().casefold() in ROLE_WORDS:
        lead += 1
    cut = next((w for w in words[lead:] if w.group().casefold() in ROLE_WORDS), None)
    if lead == len(words):
        return start, start, ""
    a = words[lead].start()
    b = span.rstrip().__len__() if cut is None else cut.start()
    piece = span[a:b].rstrip(" \t,;:-\u2013\u2014(")
    return start + a, start + a + len(piece), piece
