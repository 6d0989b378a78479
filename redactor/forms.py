"""Find every occurrence of known surface forms in text: one matcher for linking, rendering and verifying.

Text and forms are cut into the same tokens (runs of letters and digits, and single punctuation
marks; whitespace ignored), with apostrophes, dashes and case folded. A form matches where its
tokens occur in a row, so it is word-bounded, spans line breaks and any spacing, and "Chloe's"
contains "Chloe"; it never spans a tab, which separates table cells. One-word forms that the
document also uses as ordinary lower-case words ("Will", "Hope", "Reading") match only as written,
in capitals or in title case, so the verb "will" is left alone. Initials (a form of two to four
capitals, "AS", "TQ") match only in capitals. Matching is a dictionary look-up
per token, fast on 300-page drafts with thousands of forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from recognizers.gazetteer import (
    FOOTNOTE_MARKS,
    FUNCTION_WORDS,
    INVISIBLE,
    WRAPPED_HYPHEN,
    is_english_word,
    join_soft_wraps,
)
from redactor.document import COMBINING_MARKS, SUPERSCRIPT_DIGITS

# Raised or lowered digits (a footnote mark, "Hartley¹⁴") are a token of their own, never part of a word.
# An invisible character between a word's letters (zero-width space or joiner, soft hyphen, word joiner, byte-order
# mark: "Mar\u200bsh") is part of the word, and left out when words are compared: on screen the word is whole.
# A letter's combining accents ("S\u030cimkova\u0301", decomposed as some software and PDFs write it) are part of the
# word, which is compared composed.
_WORD_CHARS = rf"(?:[^\W_{FOOTNOTE_MARKS}][{COMBINING_MARKS}]*)+"
_TOKEN = re.compile(rf"{_WORD_CHARS}(?:[{INVISIBLE}]{_WORD_CHARS})*|[{FOOTNOTE_MARKS}]+"
                    rf"|[^\w\s{INVISIBLE}{COMBINING_MARKS}]|_")
_HAS_COMBINING = re.compile(f"[{COMBINING_MARKS}]")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-",
                       "\u2014": "-"})
# Tokens are compared with Turkish "ı" and "İ" folded to "i" too ("FIRAT" is the capitals of "Fırat"), and a
# footnote mark's raised digit to the digit (a page may read the same mark either way once the name before it is gone).
_TOKEN_FOLD: dict[int, int | str | None] = {**_FOLD, ord("\u0131"): "i", ord("\u0130"): "I",
                                            **{mark: digit for digit, mark in SUPERSCRIPT_DIGITS.items()},
                                            **dict.fromkeys(map(ord, INVISIBLE))}


def normalise(text: str) -> str:
    """Fold typographic apostrophes/dashes, join a name wrapped at its hyphen ("Quillon-" / "Abara") or
    hyphenated by a line break ("McAl-" / "lister": "McAllister") and collapse whitespace (for comparing forms)."""
    return re.sub(r"\s+", " ", WRAPPED_HYPHEN.sub("-", join_soft_wraps(text.translate(_FOLD)))).strip()


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded token)`` for every token of ``text`` (callers must not change the list).

    A page or paragraph is searched for several sets of forms in turn (keep phrases, register forms,
    linked names, then the verifier's), so the tokens of the last few long texts are kept.
    """
    return _long_text_tokens(text) if len(text) >= _CACHED_LENGTH else _tokens(text)


_CACHED_LENGTH: Final = 200


@lru_cache(maxsize=256)
def _long_text_tokens(text: str) -> list[tuple[int, int, str]]:
    return _tokens(text)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    folded = text.translate(_TOKEN_FOLD).casefold() if text.isascii() else None
    composing = folded is None and _HAS_COMBINING.search(text) is not None
    out = []
    for m in _TOKEN.finditer(text):
        if folded is not None:
            tok = folded[m.start():m.end()]
        else:
            word = unicodedata.normalize("NFC", m.group()) if composing else m.group()
            tok = word.translate(_TOKEN_FOLD).casefold()
        out.append((m.start(), m.end(), tok))
    return out


@dataclass(frozen=True, slots=True)
class FormHit:
    """One occurrence of a form: offsets into the searched text and the key the form belongs to."""

    start: int
    end: int
    key: str
    form: str


class FormMatcher:
    """Matches many forms at once (longest first), each mapped to a key such as an entity id."""

    def __init__(self, forms: Iterable[tuple[str, str]], word_like: frozenset[str] = frozenset(),
                 any_case: bool = False, capitals: frozenset[str] = frozenset()) -> None:
        """Build the matcher.

        Args:
            forms: ``(form, key)`` pairs. A form listed twice keeps its first key.
            word_like: Lower-cased one-word forms that must match case-sensitively (see module doc).
            any_case: Match initials in any case too (a hiding place no one reads as prose).
            capitals: Lower-cased one-word forms that match only where written in capitals, even with
                ``any_case`` (an acronym that spells a name: "CAIT", not "Cait").
        """
        self._forms: dict[tuple[str, ...], tuple[str, str]] = {}
        for form, key in forms:
            toks = tuple(t for _, _, t in tokens(form))
            if toks and toks not in self._forms:
                self._forms[toks] = (key, normalise(form))
        self._strict = {toks[0]: self._forms[toks][1] for toks in self._forms
                        if len(toks) == 1 and toks[0] in word_like}
        # Initials ("AS", "TQ") are written in capitals: "As agreed" is the word opening a sentence.
        self._initials = set(capitals) if any_case else capitals | {
            toks[0] for toks, (_, form) in self._forms.items()
            if len(toks) == 1 and form.isalpha() and form.isupper() and 2 <= len(form) <= 4}
        # First token -> candidate lengths, longest first.
        self._lengths: dict[str, list[int]] = {}
        for toks in self._forms:
            self._lengths.setdefault(toks[0], []).append(len(toks))
        for lengths in self._lengths.values():
            lengths.sort(reverse=True)

    def __bool__(self) -> bool:
        return bool(self._forms)

    def finditer(self, text: str, toks: list[tuple[int, int, str]] | None = None,
                 overlapping: bool = False) -> Iterator[FormHit]:
        """Occurrences left to right; by default non-overlapping, the longest form winning at each position.

        Args:
            text: The text to search.
            toks: ``tokens(text)``, when the caller already has them (saves re-tokenising).
            overlapping: Report every form at every position, nested and overlapping ones too.
        """
        if not self._forms:
            return
        toks = tokens(text) if toks is None else toks
        words = [t for _, _, t in toks]
        i, n = 0, len(toks)
        while i < n:
            lengths = self._lengths.get(words[i])
            if lengths and _after_elision(text, toks[i][0]):
                lengths = None  # "Page" in "O'Page", "D'Souza": the word goes on before the apostrophe
            if lengths:
                for length in lengths:
                    if i + length > n:
                        continue
                    key = tuple(words[i:i + length])
                    found = self._forms.get(key)
                    if found is None or not self._case_ok(key, text[toks[i][0]:toks[i][1]]):
                        continue
                    if length > 1 and "\t" in text[toks[i][1]:toks[i + length - 1][0]]:
                        continue  # a form never spans table cells ("8 | September 2013" is no date)
                    yield FormHit(toks[i][0], toks[i + length - 1][1], found[0], found[1])
                    if overlapping:
                        continue
                    i += length
                    break
                else:
                    i += 1
                continue
            i += 1

    def _case_ok(self, key: tuple[str, ...], written: str) -> bool:
        if len(key) != 1:
            return True
        if key[0] in self._initials:
            return written.isupper()
        form = self._strict.get(key[0])
        return form is None or written in (form, form.upper(), form.title())


def _after_elision(text: str, start: int) -> bool:
    """Whether the word at ``start`` continues a word through an apostrophe ("O'|Page", "D’|Souza")."""
    return start >= 2 and text[start - 1] in "'\u2019" and text[start - 2].isalpha()


# A lower-case word joined to an address's punctuation: part of a web or e-mail address.
_IN_ADDRESS: Final = re.compile(r"[.@/_-]\w")
_IN_ADDRESS_BEFORE: Final = re.compile(r"\w[.@/_-]$")


def word_like_forms(forms: Iterable[str], texts: Iterable[str]) -> frozenset[str]:
    """One-word forms that also occur in lower case in the given texts as ordinary words there: dictionary and
    function words ("will", "hope", "di"), or any word inside a web or e-mail address ("www.hartlepool.gov.uk",
    as before). A name no dictionary holds, written in lower case in prose ("kayla ur dead" in a quoted message),
    is still the name, matched in any case, in an address too."""
    single = {normalise(f).casefold() for f in forms if f.strip() and len(tokens(f)) == 1}
    if not single:
        return frozenset()
    found: set[str] = set()
    in_address: set[str] = set()
    in_prose: set[str] = set()  # (a name in lower case in the prose too is the name there: not word-like)
    for text in texts:
        for m in re.finditer(r"\b[a-z][a-z']*\b", text):
            word = m.group()
            if word not in single:
                continue
            if is_english_word(word) or word in FUNCTION_WORDS or len(word) <= 2:
                found.add(word)
            elif _IN_ADDRESS.match(text, m.end()) or _IN_ADDRESS_BEFORE.match(text, max(0, m.start() - 2), m.start()):
                in_address.add(word)
            else:
                in_prose.add(word)
    return frozenset(found | (in_address - in_prose))
