"""Words written in another script than the draft's own: "Ганна Колесниченко", "राहुल जैन", "梁鑫".

A review is written in English. Where it writes a word in another script (Cyrillic, Greek, Arabic, Devanagari,
Han …), the word is a name: a person's or a place's as the family writes it, or their own words quoted. No list
or English NER model reads such words, so each run of them is suggested as a person whatever it is: replacing a
word of another script costs an English review nothing, and missing one may name the family.

A word that mixes Latin letters with look-alike letters of another script ("Jоhn" with a Cyrillic "о") hides a
name from every list; it is suggested too. A lone letter ("β-blocker", "α = 0.05") is a symbol, and a lower-case
Greek letter before Latin ones a unit or a test ("μmol", "βhCG"), not a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

import regex

from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import PERSON

SCORE: Final = 0.7
MAX_WORDS: Final = 4

# A letter of a script other than Latin (shared letters and marks, "µ", combining accents, are no script's).
_OTHER: Final = r"[\p{L}--\p{Latin}--\p{Common}--\p{Inherited}]"
# A word: letters and marks, holding at least one letter of another script.
_WORD: Final = rf"(?:[\p{{L}}\p{{M}}]*{_OTHER}[\p{{L}}\p{{M}}]*)"
# A lower-case Greek letter before Latin ones: a scientific unit or term ("μg", "μmol", "βhCG").
_SYMBOL_PREFIX: Final = regex.compile(r"[\u03b1-\u03c9][A-Za-z]+")
_EDGE: Final = r"[\p{L}\p{M}\p{N}]"
_RUN: Final = regex.compile(
    rf"(?V1)(?<!{_EDGE}){_WORD}(?:[ \u00a0\u200c]+{_WORD}){{0,{MAX_WORDS - 1}}}(?!{_EDGE})")


@dataclass(frozen=True, slots=True)
class ScriptSpan:
    """A run of words in another script."""

    start: int
    end: int
    score: float
    reason: str


def find_other_script_words(text: str) -> list[ScriptSpan]:
    """Every run of up to four words in another script than Latin, or mixing Latin with another, in ``text``."""
    found = []
    for m in _RUN.finditer(text):
        letters = sum(1 for ch in m.group() if ch.isalpha())
        if letters < 2 or _SYMBOL_PREFIX.fullmatch(m.group()):
            continue  # "β", "α": a symbol; "μmol", "βhCG": a unit or a test
        found.append(ScriptSpan(m.start(), m.end(), SCORE, "written in another script"))
    return found


class OtherScriptNameRecognizer(SpanFinderRecognizer):
    """Words in another script than Latin, or mixing scripts: names no list or English NER model can read."""

    ENTITY: ClassVar[str] = PERSON

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_other_script_words(text)
