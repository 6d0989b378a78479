"""People named right after their worker's role: "the health visitor Londisizwe Phoseka completed a visit".

A name that no list holds and NER misses is still a person where the draft introduces it with a worker's
role: two or three capitalised words straight after the role noun (a comma between allowed), each a word
no English dictionary holds or a listed first name or surname, none a place, an organisation word or a
keep phrase, and the sentence going on after them in lower case or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import PERSON

SCORE: Final = 0.7

_ROLE: Final = (
    r"(?i:(?:(?:family|key|youth|support|case|outreach|play|drug|substance|early[ \t]+help)[ \t]+)?"
    r"(?:support[ \t]+)?worker|social[ \t]+worker|health[ \t]+visitor|(?:school[ \t]+|specialist[ \t]+)?nurse"
    r"|midwife|doctor|paediatrician|(?:head[ \t]*)?teacher|personal[ \t]+adviser|(?:police|probation|housing"
    r"|attendance|welfare)[ \t]+officer|(?:designated[ \t]+)?safeguarding[ \t]+lead|independent[ \t]+reviewing"
    r"[ \t]+officer|team[ \t]+manager|practitioner|therapist|psychologist|psychiatrist|counsellor|solicitor"
    r"|guardian|foster[ \t]+carer|mentor|co-?ordinator|keyworker|caseworker|lead[ \t]+professional)"
    r"|\b(?:GP|DSL|IRO|SENCO|SENCo)")
_NAME_WORD: Final = r"[A-Z][\w'\u2019-]+"
_AFTER_ROLE: Final = re.compile(
    rf"\b(?:{_ROLE})[ \t]*,?[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    r"(?=[ \t]*[,.;:)]|[ \t]+[a-z(]|[ \t]*$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class RoleNameSpan:
    """A name found after a worker's role."""

    start: int
    end: int
    score: float
    reason: str


def find_role_names(text: str) -> list[RoleNameSpan]:
    """Every name of two or three words written right after a worker's role in ``text``."""
    found = []
    for m in _AFTER_ROLE.finditer(text):
        name = m.group("name")
        if _a_name(name):
            found.append(RoleNameSpan(m.start("name"), m.end("name"), SCORE, "a name after a worker's role"))
    return found


def _a_name(name: str) -> bool:
    words = [gz.strip_possessive(w) for w in name.split()]
    if gz.is_keep_phrase(name) or gz.org_kind(name) is not None or gz.is_uk_place(name):
        return False
    for word in words:
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
