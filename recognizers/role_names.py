"""People named right after their worker's or relative's role ("the health visitor Londisizwe Phoseka
completed a visit", "her mother, Codrina Cole, said"), or right before a verb only people do ("Codrina Cole
visited the home").

A name that no list holds and NER misses is still a person where the draft introduces it so: two or three
capitalised words straight after the role noun (a comma between allowed; a family word in lower case, as
"Father Christmas" is no father), or straight before the verb, each a word no English dictionary holds or a
listed first name or surname, none a place, an organisation word or a keep phrase, and (after a role) the
sentence going on after them in lower case or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import PERSON
from recognizers.dates import MONTH_NUMBERS
from recognizers.person_initials import PEOPLE_VERB_AFTER

SCORE: Final = 0.7

_ROLE: Final = (
    r"(?i:(?:(?:family|key|youth|support|case|outreach|play|drug|substance|early[ \t]+help)[ \t]+)?"
    r"(?:support[ \t]+)?worker|social[ \t]+worker|health[ \t]+visitor|(?:school[ \t]+|specialist[ \t]+)?nurse"
    r"|midwife|doctor|paediatrician|(?:head[ \t]*)?teacher|personal[ \t]+adviser|(?:police|probation|housing"
    r"|attendance|welfare)[ \t]+officer|(?:designated[ \t]+)?safeguarding[ \t]+lead|independent[ \t]+reviewing"
    r"[ \t]+officer|team[ \t]+manager|practitioner|therapist|psychologist|psychiatrist|counsellor|solicitor"
    r"|guardian|foster[ \t]+carer|mentor|co-?ordinator|keyworker|caseworker|lead[ \t]+professional)"
    r"|\b(?:GP|DSL|IRO|SENCO|SENCo)")
# A relative's word, in lower case ("her mother", "the maternal grandmother", "Y's step-father").
_KIN: Final = (r"(?-i:\b(?:(?:maternal|paternal)[ \t]+)?(?:(?:step|half|great)-?)?(?:grand)?"
               r"(?:mother|father|parent|brother|sister|sibling|son|daughter|aunt|uncle|cousin|partner|boyfriend"
               r"|girlfriend|husband|wife|carer))")
_NAME_WORD: Final = r"[A-Z][\w'\u2019-]+"
_AFTER_ROLE: Final = re.compile(
    rf"(?:\b(?:{_ROLE})|(?P<kin>{_KIN}))[ \t]*,?[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    r"(?=[ \t]*[,.;:)]|[ \t]+[a-z(]|[ \t]*$)", re.MULTILINE)
_DATE_BEFORE: Final = re.compile(r"\d(?:st|nd|rd|th)?[ \t]+$")
# Up to four capitalised words right before a verb only people do (the verbs are found first and the words
# read backwards from each: a verb is rarer than a capital).
_WORD_BEFORE: Final = re.compile(rf"{_NAME_WORD}")
_PIECE: Final = re.compile(r"[^ \t\n]+")


@dataclass(frozen=True, slots=True)
class RoleNameSpan:
    """A name found after a worker's role."""

    start: int
    end: int
    score: float
    reason: str


def find_role_names(text: str) -> list[RoleNameSpan]:
    """Every name of two or three words written right after a worker's or relative's role in ``text``, or
    right before a verb only people do."""
    found = []
    for m in _AFTER_ROLE.finditer(text):
        name = m.group("name")
        if _a_name(name):
            reason = "a name after a relative's word" if m.group("kin") else "a name after a worker's role"
            found.append(RoleNameSpan(m.start("name"), m.end("name"), SCORE, reason))
    taken = {(f.start, f.end) for f in found}
    for verb in PEOPLE_VERB_AFTER.finditer(text):
        words = _words_before(text, verb.start())
        for k in (3, 2):  # the longest name that ends the run ("Later Codrina Cole": Codrina Cole)
            if len(words) < k:
                continue
            start, end = words[-k][0], words[-1][1]
            if text[start:words[-k][1]].casefold() in MONTH_NUMBERS \
                    and _DATE_BEFORE.search(text, max(0, start - 12), start):
                continue  # "on 3 May Jane visited": the month is a date's
            if _a_name(text[start:end]):
                if (start, end) not in taken:
                    found.append(RoleNameSpan(start, end, SCORE, "a name before a verb only people do"))
                break
    return sorted(found, key=lambda f: f.start)


def _words_before(text: str, end: int) -> list[tuple[int, int]]:
    """The capitalised words (up to four, on one line, spaces between) that end right at ``end``, in order."""
    window = max(0, end - 160)
    line_start = max(text.rfind("\n", window, end) + 1, window)
    words: list[tuple[int, int]] = []
    for piece in reversed(list(_PIECE.finditer(text, line_start, end))[-4:]):
        if piece.end() != (words[0][0] - 1 if words else end) or not _WORD_BEFORE.fullmatch(piece.group()):
            break  # one space between words, and the last ends at the verb
        words.insert(0, piece.span())
    return words


def _a_name(name: str) -> bool:
    words = [gz.strip_possessive(w) for w in name.split()]
    if gz.is_keep_phrase(name) or gz.org_kind(name) is not None or gz.is_uk_place(name):
        return False
    if all(w.isupper() and len(w) <= 4 for w in words):
        return False  # abbreviations, a role's and initials ("EHW SB was described …"): no name of words
    for word in words:
        if word.isupper() and not name.isupper():
            return False  # a role's or agency's capitals before a name ("HV Joanne Pritchard visited")
        listed = gz.is_first_name(word) or gz.is_surname(word)
        if word.casefold() in gz.FUNCTION_WORDS or word.casefold() in gz.generic_words():
            return False
        if gz.is_english_word(word) and not listed:
            return False
        if (gz.is_uk_place(word) or gz.is_keep_phrase(word)) and not listed:
            return False
    return True


class RoleNameRecognizer(SpanFinderRecognizer):
    """People named straight after a worker's role ("the health visitor Londisizwe Phoseka")."""

    ENTITY: ClassVar[str] = PERSON

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_role_names(text)
