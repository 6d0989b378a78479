"""Labels a draft already uses in place of names: "Child K", "LA2", "Police Force 1", "YPA", "Baby JW".

Authors often anonymise as they write. Such a label identifies no one (it is the published
convention), so it is kept as written, possessive and all ("Child K's mother"), and a new suggestion
never hands out a label the draft already uses. A label is a role or agency word followed by a
capital letter or two, or by a number ("Child K", "Young Person A", "Adult B", "Mother 1",
"School 2", "Police Force 4", "Case Z", "Baby JW"); a short role abbreviation with a number or
letter ("LA2", "PA2", "YP1", "YPA"); or an acronym the draft defines for such a label
("Young Person A (YPA)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from recognizers import gazetteer as gz
from recognizers.cue_lines import on_cue_lines
from recognizers.dates import MONTH_NUMBERS

# People: a role noun, then the label's letters or number.
_PERSON_ROLES: Final = (
    "Child", "Children", "Adult", "Young Person", "Young People", "Young Man", "Young Woman", "Baby", "Infant",
    "Sibling", "Brother", "Sister", "Half-Sibling", "Mother", "Father", "Parent", "Carer", "Foster Carer",
    "Grandmother", "Grandfather", "Grandparent", "Stepfather", "Stepmother", "Partner", "Uncle", "Aunt",
    "Cousin", "Friend", "Associate", "Man", "Woman", "Male", "Female", "Boy", "Girl", "Person", "Subject",
    "Victim", "Perpetrator", "Suspect", "Witness", "Family", "Household", "Case", "Professional", "Practitioner",
    "Social Worker", "Worker", "Teacher", "Officer", "Nurse", "Doctor", "Resident", "Peer", "Relative",
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr",
)
# Places and organisations: an agency or place noun, then a number (or a letter).
_ORG_ROLES: Final = (
    "Local Authority", "Police Force", "Force", "School", "Primary School", "Secondary School", "Academy",
    "College", "Nursery", "Hospital", "GP Practice", "GP Surgery", "Practice", "Surgery", "Children's Home",
    "Childrens Home", "Home", "Residential Home", "Placement", "Organisation", "Organization", "Agency",
    "Provider", "Trust", "Council", "Borough", "Area", "Town", "City", "Place", "Address", "Property",
    "Hostel", "Unit", "Team", "Region", "County", "Authority",
    # (a business or a local body by its kind: "Company A", "Farm B", "Restaurant 1")
    "Company", "Business", "Firm", "Employer", "Shop", "Restaurant", "Takeaway", "Farm", "Charity", "Church",
    "Club", "Hotel", "Pub", "Centre", "Service", "Site", "Park", "Venue",
)
# Role abbreviations written with a number or letter: "LA2", "PA2", "YP1", "YPA", "SW3".
_ABBREVIATIONS: Final = ("LA", "PA", "YP", "SW", "FC", "HV", "SN", "TM", "IRO", "CSW", "PF", "GP", "AP")


def _alternation(words: Iterable[str]) -> str:
    parts = sorted((re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]?") for w in words),
                   key=len, reverse=True)
    return "|".join(parts)


_END: Final = r"(?![^\W_])(?!\.[^\W_])"  # no letter or digit right after, nor ".X" (initials: "Mr J.Smith")
_SPACE: Final = r"[ \t\u00a0]"
_LETTERS: Final = r"(?!I\b)[A-Z]"  # "I" is the pronoun ("the School I attended")
_PERSON_LABEL: Final = re.compile(rf"\b(?:{_alternation(_PERSON_ROLES)}){_SPACE}+(?:{_LETTERS}{{1,2}}|[1-9]\d?){_END}")
_ORG_LABEL: Final = re.compile(rf"\b(?:{_alternation(_ORG_ROLES)})(?:{_SPACE}*[1-9]\d?|{_SPACE}+{_LETTERS}){_END}")
_ABBREVIATION_LABEL: Final = re.compile(rf"\b(?:{_alternation(_ABBREVIATIONS)})(?:[1-9]\d?|[A-Z])\b")
# Any role's or agency's words with a number, as drafts number those they leave unnamed ("Site Warden 1", "Rabbi 1",
# "Bereavement Service 1"): one to three capitalised dictionary words, the last a role's or an agency's.
# (one space before the number: a table's tab or column gap sets an age or a count in a cell of its own)
_NUMBERED: Final = re.compile(rf"\b(?P<words>(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)* ){{0,2}}"
                              rf"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*) [1-9]\d?{_END}")
# Heads that name a role or an agency though no agent's ending says so; and words with one that name things.
_ROLE_HEADS: Final = frozenset({
    "warden", "rabbi", "imam", "vicar", "priest", "pastor", "chaplain", "nurse", "midwife", "staff", "friend",
    "neighbour", "service", "services", "team", "site", "shop", "hub", "centre", "center", "project", "group", "home",
    "hospital", "school", "agency", "charity", "clinic", "practice", "surgery", "church", "mosque", "temple",
    "synagogue", "club", "nursery", "college", "academy", "business", "company", "firm", "café", "cafe", "hotel",
    "hostel", "setting",
})
_THINGS_OF_AGENT_SHAPE: Final = frozenset({
    "number", "tower", "corner", "floor", "manor", "chamber", "quarter", "shelter", "border", "chapter", "paper",
    "letter", "register", "order", "meter", "centimeter", "water", "winter", "summer", *MONTH_NUMBERS})
_AGENT: Final = re.compile(r"(?:er|or|ist|ian|ant|ent|ee)$")


def _numbered_role(words: str) -> bool:
    """Whether capitalised words before a number are a role's or an agency's: no first name among them ("Grace Turner
    14" is a girl and her age), the last a role's ("Warden", "Co-ordinator": no surname then, as "Turner" is) or an
    agency's ("Service")."""
    parts = [w.replace("-", "") for w in words.split()]  # ("Co-ordinator": "Coordinator")
    head = parts[-1].casefold()
    if any(gz.is_first_name(p) and p.casefold() not in _ROLE_HEADS for p in parts):
        return False
    return head in _ROLE_HEADS or (_AGENT.search(head) is not None and head not in _THINGS_OF_AGENT_SHAPE
                                   and not gz.is_surname(parts[-1]))


# "Young Person A (YPA)", "Child Z ('CZ')": the acronym the draft defines for a label.
_DEFINED: Final = re.compile(r"\s*\(\s*['\u2018\u2019\"]?([A-Z]{2,4}\d?)['\u2018\u2019\"]?\s*\)")


# A person's label, then a bracket opens: what the bracket holds is that person's name ("Adult D (Fotima)").
_PERSON_LABEL_BRACKET: Final = re.compile(rf"(?:{_PERSON_LABEL.pattern}){_SPACE}*\({_SPACE}*$")


def after_person_label_bracket(text: str, start: int) -> bool:
    """Whether ``text`` before ``start`` ends with a person's label and an opening bracket ("Adult D (")."""
    return _PERSON_LABEL_BRACKET.search(text, max(0, start - 40), start) is not None


# Roles a person is addressed by, a title or a job: before an initial they open a name ("Dr J. Smith", "Social
# Worker J. Smith", "Sister A. Khan"), where a label's role (a child, an adult, a relative, a case) never does.
_ADDRESSED_ROLES: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Social Worker", "Worker", "Teacher",
                                     "Officer", "Nurse", "Doctor", "Practitioner", "Professional", "Sister", "Brother"})
_LABEL_LETTER: Final = re.compile(
    rf"\b(?:{_alternation([*(r for r in _PERSON_ROLES if r not in _ADDRESSED_ROLES), *_ORG_ROLES])})"
    rf"{_SPACE}+{_LETTERS}$")


def is_label_letter(text: str, start: int, end: int) -> bool:
    """Whether the capital at ``text[start:end]`` is the letter of a person's or a body's label written before it
    ("Baby E", "Child K", "Young Person A", "Company A"): the label's, even with a full stop after it ("the death of
    Baby E. Due to …" ends a sentence; "E. Due" is no initial and surname)."""
    return end - start == 1 and _LABEL_LETTER.search(text, max(0, start - 40), end) is not None


def numbered_label_at(text: str, start: int) -> bool:
    """Whether an agency's or place's label with its number starts at ``start`` ("Town 1" of "Garrison Town 1",
    "School 2"): the words before it name that label's kind of place, no person."""
    m = _ORG_LABEL.match(text, start)
    return m is not None and text[m.end() - 1].isdigit()


# A word in capitals next to another on its line: "TRACEY LAW" is a name written in capitals, not LA W.
_CAPS_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])[A-Z][A-Z'\u2019-]*[A-Z][ \t]+$")
_CAPS_AFTER: Final = re.compile(r"[ \t]+[A-Z][A-Z'\u2019-]*[A-Z](?![\w'\u2019-])")


# A given name after it: a record writes a surname in capitals before the given names ("LAM Wing Hong").
_GIVEN_AFTER: Final = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _given_name_at(text: str, at: int) -> bool:
    """Whether a listed first name follows ``at`` after spaces (a record's given names after its surname)."""
    return (given := _GIVEN_AFTER.match(text, at)) is not None and gz.is_first_name(given.group(1))


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a letter-ended abbreviation label ("YPA", "LAW") stands beside another word in capitals:
    a word of a name or heading written in capitals, or is a surname in capitals before a first name ("LAM Wing
    Hong"). A numbered one ("LA2") is a label wherever it stands."""
    if text[end - 1].isdigit():
        return False
    return _CAPS_BEFORE.search(text, max(0, start - 40), start) is not None or \
        _CAPS_AFTER.match(text, end) is not None or _given_name_at(text, end)


def find_labels(text: str) -> list[tuple[int, int]]:
    """Where ``text`` uses a pseudonym label, as ``(start, end)`` spans in text order.

    Args:
        text: Any text.

    Returns:
        Non-overlapping spans; a possessive "'s" is left outside.
    """
    spans: list[tuple[int, int]] = []
    for rx in (_PERSON_LABEL, _ORG_LABEL, _ABBREVIATION_LABEL):
        for m in rx.finditer(text):
            if rx is _ABBREVIATION_LABEL and _in_capitals(text, m.start(), m.end()):
                continue
            spans.append((m.start(), m.end()))
            if rx is not _ABBREVIATION_LABEL:
                defined = _DEFINED.match(text, m.end())
                if defined and _initials_of(text[m.start():m.end()], defined.group(1)):
                    spans.append((defined.start(1), defined.end(1)))
    spans.extend(m.span() for m in _NUMBERED.finditer(text) if _numbered_role(m.group("words")))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _initials_of(label: str, acronym: str) -> bool:
    """Whether ``acronym`` is made from the words of ``label`` ("YPA" of "Young Person A")."""
    words = re.findall(r"[A-Za-z]+|\d+", label)
    initials = "".join(w[0].upper() if w.isalpha() else w for w in words)
    return acronym.upper() in (initials, initials[-2:], initials[0] + initials[-1])


# A name the draft declares its own pseudonym: "John is a pseudonym", "Amira (not her real name)", "the name
# ‘Rachel’ has been used", "referred to in this report as Molly", the review's name in quotation marks ("Serious
# Case Review 'Sarah'"). (A nickname, "known as Mo" or "known as 'Mo'", is the child's own.)
_NAME_WORD = r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?"
_NAME = rf"((?:Baby[ \t]+)?{_NAME_WORD})"
_Q = r"[\"'\u2018\u2019\u201c\u201d]?"
_DECLARED = re.compile(
    rf"\b{_NAME}(?:['\u2019]s)?[ \t]+(?:is|was)[ \t]+(?:a|the)[ \t]+(?:pseudonym|fictitious[ \t]+name|"
    r"made[- ]up[ \t]+name|name[ \t]+(?:chosen|given|used)[ \t]+(?:for|by|in|to))"
    rf"|\b{_NAME}[ \t]*\([ \t]*(?:a[ \t]+|the[ \t]+)?(?:pseudonym|not[ \t]+(?:his|her|their)[ \t]+real[ \t]+name)"
    rf"|\b(?i:the[ \t]+(?:name|pseudonym))[ \t]+{_Q}{_NAME}{_Q}[ \t]+(?:has|had)[ \t]+been[ \t]+"
    r"(?:used|chosen|given|adopted)"
    r"|\b(?:referred[ \t]+to|called|named)[ \t]+(?:in[ \t]+this[ \t]+(?:report|review|summary)[ \t]+)"
    rf"as[ \t]+{_Q}{_NAME}"
    # "is referred to as Seren, a name chosen by her mother": a name someone chose for the review
    rf"|\breferred[ \t]+to[ \t]+as[ \t]+{_Q}{_NAME}{_Q},?[ \t]+(?:a|the)[ \t]+(?:name|pseudonym)[ \t]+"
    r"(?:chosen|given|agreed|selected|picked)\b"
    # "Ania's family chose the pseudonym \"Ania\" for the published report"
    rf"|\b(?:chose|chosen|choose|picked|selected|agreed)[ \t]+(?:on[ \t]+)?(?:the|a)[ \t]+pseudonym[ \t]+{_Q}{_NAME}"
    # "has been given the pseudonym Maisie Harrison" (a first name and a surname, both made up)
    rf"|\bgiven[ \t]+the[ \t]+pseudonym[ \t]+{_Q}({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
    # "The review … uses the name ‘Delta’": the review's own choice, not a name someone goes by
    rf"|\b(?i:review|report|summary|briefing)\b[^.\n]{{0,80}}?\b(?:uses|used|using)[ \t]+the[ \t]+"
    rf"(?:name|pseudonym)[ \t]+{_Q}{_NAME}"
    # a key's note of the name the review will use: "(working pseudonym \u201cNasrin\u201d)", "Proposed pseudonym:
    # 'Jade'"
    # (… or the one for publication: '(pseudonym for publication: "Sami")')
    r"|\b(?:(?i:working|proposed|agreed|suggested|chosen)[ \t]+(?i:pseudonym)"
    r"|(?i:pseudonym)[ \t]+(?i:for|in)[ \t]+(?i:publication|the[ \t]+published[ \t]+report|this[ \t]+report))"
    r"[ \t]*(?:[:\u2013\u2014-][ \t]*)?"
    rf"[\"'\u2018\u201c]{_NAME}[\"'\u2019\u201d]"
    # "a child who we shall refer to as Patricia", "will be referred to as Rosie", "shall be known as Theo"
    r"|\b(?:we|I)[ \t]+(?:shall|will)[ \t]+"
    r"(?:refer[ \t]+to[ \t]+(?:(?:him|her|them)[ \t]+)?as|call[ \t]+(?:him|her|them))"
    rf"[ \t]+{_Q}{_NAME}"
    rf"|\b(?:will|shall)[ \t]+be[ \t]+(?:referred[ \t]+to|called|known)[ \t]+as[ \t]+{_Q}{_NAME}"
    # the name the review knows the child by: "Polly, as she is known in the review", "known as 'Ella' in this
    # report" (a nickname, "known as Mo to his friends", is the child's own)
    rf"|\b{_NAME},?[ \t]+as[ \t]+(?:she|he|they)[ \t]+(?:is|was|are|were|will[ \t]+be)[ \t]+"
    r"(?:known|called|referred[ \t]+to|named)[ \t]+(?:in|throughout|for)[ \t]+(?:the|this)[ \t]+"
    r"(?:review|report|summary|briefing)"
    rf"|\bknown[ \t]+as[ \t]+{_Q}{_NAME}{_Q},?[ \t]+(?:in|throughout|for)[ \t]+(?:the[ \t]+purposes[ \t]+of[ \t]+)?"
    r"(?:the|this)[ \t]+(?:review|report|summary|briefing)"
    # the name a review goes by, quoted after its title or a label's role word: "Serious Case Review 'Sarah'",
    # "Child \u2018Elias\u2019", "Child Protection Committee \u2013 \u201cIsabelle\u201d"
    r"|\b(?:(?i:review)|SCR|L?CSPR|E?CPR|Committee|Child|Baby|Young[ \t]+Person|Family)[ \t]*"
    r"(?:in[ \t]+respect[ \t]+of[ \t]+)?"
    rf"(?:[:\u2013\u2014-][ \t]*)?[\"'\u2018\u201c]{_NAME}[\"'\u2019\u201d](?![^\W_])"
    # the name someone asked the published report to call a person: "asked that the published report call him
    # \u201cYusuf\u201d"
    r"|\b(?i:report|review|summary)[ \t]+(?:call|calls|refer[ \t]+to|refers[ \t]+to)[ \t]+(?:him|her|them)[ \t]+"
    rf"(?:as[ \t]+)?[\"'\u2018\u201c]{_NAME}[\"'\u2019\u201d]"
    # a first name after "Child", alone on its line: a cover's name for the review ("Child Patrick")
    rf"|(?m:^)[ \t]*Child {_NAME}[ \t]*(?m:$)"
    # a review listed by its name and its publication date: "Louise | published February 2024"
    rf"|(?m:^)[ \t]*(?:Child[ \t]+)?{_NAME}[ \t]*[|\u2013\u2014-][ \t]*(?i:published)[ \t]+(?:(?i:in)[ \t]+)?"
    r"[A-Z][a-z]{2,8}[ \t]+(?:19|20)\d\d[ \t]*(?m:$)"
    # a review that goes by a first name, its kind after it, at the start of a line ("Gillian SAR (2023)", "Clive
    # Discretionary SAR")
    rf"|(?m:^)[ \t]*{_NAME}[ \t]+(?:(?:Discretionary|Thematic|Non-statutory|Rapid)[ \t]+)?"
    r"(?:SAR|DHR|L?CSPR|SCR|Safeguarding[ \t]+Adults?[ \t]+Review|Domestic[ \t]+Homicide[ \t]+Review)\b"
)


# Names declared together, or set off by commas: "Maisie, not her real name,", "Natalie and Karl, also not their
# real names", "Ava, Mia and Leo (not their real names)".
_NOT_REAL: Final = re.compile(
    rf"\b(?P<names>{_NAME_WORD}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_NAME_WORD})*)[ \t]*(?:,|\()[ \t]*(?:also[ \t]+)?"
    r"not[ \t]+(?:his|her|their)[ \t]+real[ \t]+names?\b")
_LIST_PARTS: Final = re.compile(r"[ \t]*(?:,|\band\b|&)[ \t]*")
# On a line about pseudonyms, each quoted name and whom it stands for: "chosen pseudonyms be \u201cAnia\u201d for
# Magda and \u201cKuba\u201d for Kacper".
_PSEUDONYMS_LINE: Final = re.compile(r"(?i:pseudonyms)")
_QUOTED_FOR: Final = re.compile(rf"[\"'\u2018\u201c]{_NAME}[\"'\u2019\u201d][ \t]+for[ \t]+"
                                r"(?:[A-Z]|(?:her|his|their|the)[ \t])")


# A word or mark every declaration above holds (each lies on one line): only those lines are searched.
_DECLARED_CUE = re.compile(r"(?i:pseudonym|fictitious|made[- ]up|name|refer|call|known|publish|adults?[ \t]+review|"
                           r"homicide[ \t]+review)|(?-i:SAR|DHR|CSPR|SCR)\b"
                           r"|[\"'\u2018\u201c][A-Z]|(?m:^)[ \t]*Child[ \t]")


def declared_pseudonyms(text: str) -> list[str]:
    """Names the text declares to be its pseudonyms ("John is a pseudonym, chosen with his family")."""
    found = []
    for m in on_cue_lines(_DECLARED, _DECLARED_CUE, text):
        name = next(g for g in m.groups() if g)  # one alternative's name group took part
        found.append(re.sub(r"\s+", " ", name))
    for m in on_cue_lines(_QUOTED_FOR, _PSEUDONYMS_LINE, text):
        if m.group(1) not in found:
            found.append(m.group(1))
    for m in _NOT_REAL.finditer(text):
        found.extend(p for p in _LIST_PARTS.split(m.group("names")) if p and p not in found)
    return sorted(found, key=text.find)


def draft_labels(texts: Iterable[str]) -> list[str]:
    """Every distinct pseudonym label the texts use, as written ("Child K", "LA2", "YPA"), and the names they
    declare to be pseudonyms."""
    return list(_draft_labels(tuple(texts)))


@lru_cache(maxsize=4)  # the keep phrases and the pseudonym allocator read the same draft's texts
def _draft_labels(texts: tuple[str, ...]) -> tuple[str, ...]:
    found: dict[str, None] = {}
    declared: dict[str, None] = {}
    for text in texts:
        for s, e in find_labels(text):
            found.setdefault(re.sub(r"\s+", " ", text[s:e]), None)
        for name in declared_pseudonyms(text):
            declared.setdefault(name, None)
    for name in declared:
        if not first_of_a_full_name(name, texts) and not _nickname(name, texts):
            found.setdefault(name, None)
    return tuple(label for label in found if not _initials_of_a_full_name(label, texts)
                 and not _letters_of_a_full_name(label, texts) and not _a_records_surname(label, texts))


def _a_records_surname(label: str, texts: Iterable[str]) -> bool:
    """Whether a letter-ended abbreviation's label ("LAM": "LA" and "M") is a surname the draft writes in capitals
    before a first name, as records write names ("LAM Wing Hong", "LAM, Wing Hong"): no label anywhere."""
    if not _ABBREVIATION_LABEL.fullmatch(label) or label[-1].isdigit():
        return False
    written = re.compile(rf"\b{re.escape(label)},?")
    return any(_given_name_at(text, m.end()) for text in texts for m in written.finditer(text))


# A person's label ending in two or three capitals ("Child BW", "Baby JW", "Young Person AB").
_LETTERED_PERSON_LABEL: Final = re.compile(rf"(?:{_alternation(_PERSON_ROLES)}){_SPACE}+([A-Z]{{2,3}})")


def label_letters(pseudonyms: Iterable[str]) -> list[str]:
    """The letters of person labels ending in two or three capitals ("BW" of "Child BW"): a draft that writes the
    letters alone ("BW's life") writes the label as reviews shorten it, not a person's initials to replace."""
    return list(dict.fromkeys(m.group(1) for p in pseudonyms if (m := _LETTERED_PERSON_LABEL.fullmatch(p.strip()))))


_TITLE_AND_TWO: Final = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)[ \t\u00a0]+([A-Z])([A-Z])")


def _initials_of_a_full_name(label: str, texts: Iterable[str]) -> bool:
    """Whether a title's two capitals ("Dr IC") are the initials of a full name the draft writes ("Dr Imran Chaudhry
    (Dr IC)"): that person's own initials, not a label the draft chose ("Ms BB", whose letters are no one's)."""
    m = _TITLE_AND_TWO.fullmatch(label)
    if m is None:
        return False
    full = re.compile(rf"(?<![\w'\u2019-])({m.group(1)}[a-z][\w'\u2019-]*)[ \t]+(?:[A-Z][\w'\u2019.-]*[ \t]+)?"
                      rf"{m.group(2)}[\w'\u2019-]*[a-z]")
    return any(gz.is_first_name(f.group(1)) for text in texts for f in full.finditer(text))


def _letters_of_a_full_name(label: str, texts: Iterable[str]) -> bool:
    """Whether an abbreviation's label in capitals ("GPH": a GP's letter), or a role's two letters or more ("Sibling
    AC"), spells the initials of a full name the draft writes, a first name first, each later word or hyphenated
    part giving a letter ("Gareth Pryce-Holloway", "Aiyaan Chaudhry"): that person's initials, not a label."""
    words = label.split()
    if len(words) == 2 and re.fullmatch(r"[A-Z]{2,3}", words[1]):
        label = words[1]
    elif not re.fullmatch(r"[A-Z]{3,5}", label):
        return False
    rest = "".join(rf"(?:[ \t]+|-){letter}[a-z][\w'\u2019]*" for letter in label[1:])
    full = re.compile(rf"(?<![\w'\u2019-])({label[0]}[a-z][\w'\u2019]*){rest}(?![\w'\u2019-])")
    return any(gz.is_first_name(m.group(1)) or not gz.is_english_word(m.group(1))
               for text in texts for m in full.finditer(text))


# The words a draft calls itself by ("known as 'Ella' in this report").
_ITS_TEXT: Final = r"(?:review|report|summary|briefing|document)\b"


def _nickname(name: str, texts: Iterable[str]) -> bool:
    """Whether the draft says someone goes by ``name`` ("Abdirahman Warsame, known to everyone as Abdi"): a real
    nickname, whatever else the draft calls it, unless it is the name the report knows them by ("known as 'Ella'
    in this report", "shall be known as Theo").

    Said in quotes right after a full name ('Gwendoline Tapper ("Gwen", …)'), it is one. Said only as friends
    called someone ("called him Zbyszek", '"Peggy" to everyone'), it is one where the draft also writes a full
    name of that name's first letters ("Zbigniew Wójcik"): a published review says "Friends called her Ann" of its
    pseudonym too, and names no one in full.
    """
    texts = list(texts)
    quoted = rf"[\"'\u2018\u201c]{re.escape(name)}[\"'\u2019\u201d]"
    known = re.compile(
        # ("known to her friends as", "known in the family as"; not "known in this report as")
        rf"(?:(?<!\bbe[ \t])\b(?i:known)[ \t]+(?:(?:to|in|at|among|within)[ \t]+(?!(?:the|this)[ \t]+{_ITS_TEXT})"
        rf"[^.\n]{{1,40}}?[ \t]+)?as"
        # (… or what someone is always called: "Amelia-Rose Kowalczyk, always called Millie")
        rf"|\b(?:always|usually|generally|normally|affectionately|fondly)[ \t]+called)[ \t]+{_Q}{re.escape(name)}{_Q}"
        rf"(?![^\W_])(?![\"'\u2019\u201d]?[ \t,]*(?:in|throughout|for)[ \t]+(?:the|this)[ \t]+(?:purposes|{_ITS_TEXT}))"
        # ('known to friends as "Yonas (pseudonym)"': the review's own name)
        rf"(?![ \t]*\([ \t]*(?:a[ \t]+|the[ \t]+)?pseudonym)"
        # … in quotes right after a full name ('Gwendoline Tapper ("Gwen", sometimes recorded as …)', 'Margaret
        # Ellis – "Peggy" to everyone in the village')
        rf"|(?P<first>{_NAME_WORD})[ \t]+(?P<last>{_NAME_WORD})[ \t]*(?:\(|[\u2013\u2014-]|,)[ \t]*{quoted}"
        # … or in brackets between the first name and the surname ('Tolulope ("Tolu") Adeyemi')
        rf"|(?P<given>{_NAME_WORD})[ \t]*\([ \t]*{quoted}[ \t]*\)[ \t]+(?P<family>{_NAME_WORD})")
    if any((m.group("first") is None and m.group("given") is None)
           or any(m[first] is not None and (gz.is_first_name(m[first]) or not gz.is_english_word(m[first]))
                  and _a_surname(m[last]) for first, last in (("first", "last"), ("given", "family")))
           for text in texts for m in known.finditer(text)):
        return True
    called = re.compile(
        rf"\b(?:call(?:s|ed)?[ \t]+(?:him|her|them)|went[ \t]+by|goes[ \t]+by|nicknamed)[ \t]+{_Q}{re.escape(name)}"
        rf"(?![^\W_])|{quoted}[ \t]+to[ \t]+(?:everyone|everybody|(?:his|her|their|the)[ \t]+[a-z]+)\b")
    if not any(called.search(text) for text in texts):
        return False
    full = re.compile(rf"(?<![\w'\u2019-])({re.escape(name[:2])}[a-z\u00c0-\u024f]+)[ \t]+([A-Z][\w'\u2019-]+)")
    return any(m.group(1) != name and (gz.is_first_name(m.group(1)) or not gz.is_english_word(m.group(1)))
               and _a_surname(m.group(2)) for text in texts for m in full.finditer(text))


def first_of_a_full_name(name: str, texts: Iterable[str]) -> bool:
    """Whether the draft writes a one-word name as the first name of a full name ("Serious Case Review 'Anne-Marie'"
    beside "Anne-Marie Wallis"): the review goes by someone's real first name, which is no pseudonym."""
    if " " in name:
        return False
    # (… or of a longer first name it is short for: "Gwen" of "Gwendoline Tapper")
    longer = r"[a-z]*" if len(name) >= 4 else ""
    # (… or the first part of a double first name: "Florin" of "Florin-Alexandru Stoica")
    # (… before a surname that opens with a particle: "Lucas da Silva Marques")
    particles = "|".join(sorted(gz.NAME_PARTICLES, key=len, reverse=True))
    full = re.compile(rf"(?<![\w'\u2019-]){re.escape(name)}{longer}(?:-[A-Z][a-z]+)?[ \t]+(?:(?:{particles})[ \t]+)*"
                      r"([A-Z][\w'\u2019-]+)")
    return any(_a_surname(m.group(1)) for text in texts for m in full.finditer(text))


def _a_surname(word: str) -> bool:
    return (gz.is_surname(word) or not gz.is_english_word(word)) and not gz.is_keep_phrase(word) \
        and word.casefold() not in gz.FUNCTION_WORDS
