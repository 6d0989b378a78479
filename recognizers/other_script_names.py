"""Words written in another script than the draft's own: "Ганна Колесниченко", "राहुल जैन", "梁鑫".

A review is written in English. Where it writes a word in another script (Cyrillic, Greek, Arabic, Devanagari,
Han …), the word is a name: a person's or a place's as the family writes it, or their own words quoted. No list
or English NER model reads such words, so each run of them is suggested as a person whatever it is: replacing a
word of another script costs an English review nothing, and missing one may name the family.

A word that mixes Latin letters with look-alike letters of another script ("Jоhn" with a Cyrillic "о") hides a
name from every list; it is suggested too, and so is a capitalised word with an invisible character between its
letters (a zero-width space, a soft hyphen: "Jo\u200bhn"), unless it is an English word without it. A lone
letter ("β-blocker", "α = 0.05") is a symbol, and a lower-case Greek letter before Latin ones a unit or a test
("μmol", "βhCG"), not a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Final

import regex

from recognizers import gazetteer as gz
from recognizers.base import SpanFinderRecognizer
from recognizers.catalogue import PERSON

SCORE: Final = 0.7
MAX_WORDS: Final = 4

# A letter of a script other than Latin (shared letters and marks, "µ", combining accents, are no script's).
_OTHER: Final = r"[\p{L}--\p{Latin}--\p{Common}--\p{Inherited}]"
# A word: letters and marks, holding at least one letter of another script.
# (a zero-width joiner or non-joiner inside is part of an Indic or Persian word's spelling: "कृष्‍ण")
_WORD: Final = rf"(?:[\p{{L}}\p{{M}}\u200c\u200d]*{_OTHER}[\p{{L}}\p{{M}}\u200c\u200d]*)"
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


# An invisible character (soft hyphen, zero-width space or joiner, word joiner, byte-order mark) inside a
# capitalised word, between its letters: the word reads as a name on screen and matches no list. A capitalised
# word beside it, no English word, is the rest of the name ("John Brad\u00adshaw").
_HIDDEN_WORD: Final = rf"\p{{Lu}}[\p{{L}}{gz.INVISIBLE}]*[{gz.INVISIBLE}][\p{{L}}{gz.INVISIBLE}]*\p{{L}}"
_CAPITALISED: Final = r"\p{Lu}\p{Ll}+"
_HIDDEN_RUN: Final = regex.compile(
    rf"(?<!{_EDGE})(?:(?P<before>{_CAPITALISED})[ \u00a0]+)?(?P<hidden>{_HIDDEN_WORD}(?:[ \u00a0]+{_HIDDEN_WORD})*)"
    rf"(?:[ \u00a0]+(?P<after>{_CAPITALISED}))?(?!{_EDGE})")
_VISIBLE: Final = str.maketrans("", "", gz.INVISIBLE)


def _hidden_names(text: str) -> list[ScriptSpan]:
    """Runs of capitalised words with an invisible character inside, that are no English words without it."""
    found = []
    for m in _HIDDEN_RUN.finditer(text):
        words = [w.translate(_VISIBLE) for w in m.group("hidden").split()]
        before = m.group("before")
        surnamed = bool(before) and gz.is_first_name(before) and gz.is_surname(words[0])  # "Kelly Mar\u200bsh"
        if all(gz.is_english_word(w.casefold()) or gz.is_keep_phrase(w) for w in words) and not surnamed:
            continue  # "Safe\u00adguarding": an optional hyphen in a word (but a first name's surname is a name)
        start, end = m.start("hidden"), m.end("hidden")
        if before and (not gz.is_english_word(before.casefold()) or surnamed):
            start = m.start("before")
        if m.group("after") and not gz.is_english_word(m.group("after").casefold()):
            end = m.end("after")
        found.append(ScriptSpan(start, end, SCORE, "an invisible character inside a name"))
    return found


def find_other_script_words(text: str) -> list[ScriptSpan]:
    """Every run of up to four words in another script than Latin, or mixing Latin with another, in ``text``;
    and every name written with an invisible character inside it."""
    found = _hidden_names(text) if any(c in text for c in gz.INVISIBLE) else []
    for m in _RUN.finditer(text):
        letters = sum(1 for ch in m.group() if ch.isalpha())
        if letters < 2 or _SYMBOL_PREFIX.fullmatch(m.group()):
            continue  # "β", "α": a symbol; "μmol", "βhCG": a unit or a test
        start, end = m.start(), m.end()
        # A Latin-script name beside it is the same person's, as a record writes a name in two scripts ("Omya
        # دادفر", "संजिव ƏLIBƏYLI"): a capitalised word no English word.
        if (before := _LATIN_BEFORE.search(text, max(0, start - 40), start)) is not None \
                and _a_name_word(before.group(1)):
            start = before.start(1)
        elif (joined := _JOINED_BEFORE.search(text, max(0, start - 40), start)) is not None:
            start = joined.start(1)  # "Green-रेड्डी": a double-barrelled surname, one of its names in Latin letters
        if (after := _LATIN_AFTER.match(text, end)) is not None and _a_name_word(after.group(1)):
            end = after.end(1)
        elif (joined := _JOINED_AFTER.match(text, end)) is not None:
            end = joined.end(1)  # "रेड्डी-Green"
        found.append(ScriptSpan(start, end, SCORE, "written in another script"))
    return found


_LATIN_BEFORE: Final = regex.compile(r"(?<![\p{L}\p{M}'\u2019-])(\p{Lu}[\p{Latin}'\u2019-]+)[ \u00a0]+\Z")
_LATIN_AFTER: Final = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{Latin}'\u2019-]+)(?![\p{L}\p{M}'\u2019-])")
_JOINED_BEFORE: Final = regex.compile(r"(?<![\p{L}\p{M}'\u2019-])(\p{Lu}[\p{Latin}'\u2019]+)-\Z")
_JOINED_AFTER: Final = regex.compile(r"-(\p{Lu}[\p{Latin}'\u2019]+)(?![\p{L}\p{M}'\u2019-])")


def _a_name_word(word: str) -> bool:
    """Whether a capitalised Latin word may be a name: no English word or public phrase, unless a name list holds
    it."""
    if gz.is_keep_phrase(word) or word.casefold() in gz.FUNCTION_WORDS:
        return False
    return gz.is_first_name(word) or gz.is_surname(word) or not gz.is_english_word(word.casefold())


class OtherScriptNameRecognizer(SpanFinderRecognizer):
    """Words in another script than Latin, or mixing scripts: names no list or English NER model can read."""

    ENTITY: ClassVar[str] = PERSON

    def find(self, text: str) -> Iterable[Any]:
        """The hits in ``text``."""
        return find_other_script_words(text)
