"""Find every occurrence of known surface forms in text: one matcher for linking, rendering and verifying.

A form matches word-bounded, with any run of whitespace between its words and either kind of
apostrophe. Case: a form matches regardless of case, except a one-word form that the document also
uses as an ordinary lower-case word ("Will", "Hope", "Reading"): that form matches only as written
or in capitals, so the verb "will" is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_APOS = "'\u2019\u2018"
_DASH = "-\u2010\u2011\u2013"


def normalise(text: str) -> str:
    """Fold typographic apostrophes/dashes and collapse whitespace (for comparing forms)."""
    text = re.sub(f"[{_APOS}]", "'", text)
    text = re.sub(f"[{_DASH}]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def form_pattern(form: str) -> str:
    """Regex source for one form (without boundaries)."""
    out: list[str] = []
    for ch in normalise(form):
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append(f"[{_APOS}]")
        elif ch == "-":
            out.append(f"[{_DASH}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class FormHit:
    """One occurrence of a form: offsets into the searched text and the key the form belongs to."""

    start: int
    end: int
    key: str
    form: str


class FormMatcher:
    """Matches many forms at once (longest first), each mapped to a key such as an entity id."""

    def __init__(self, forms: Iterable[tuple[str, str]], word_like: frozenset[str] = frozenset()) -> None:
        """Build the matcher.

        Args:
            forms: ``(form, key)`` pairs. A form listed twice keeps its first key.
            word_like: Lower-cased one-word forms that must match case-sensitively (see module doc).
        """
        self._key: dict[str, tuple[str, str]] = {}
        for form, key in forms:
            norm = normalise(form)
            if norm and norm.casefold() not in self._key:
                self._key[norm.casefold()] = (key, norm)
        ordered = sorted(self._key.values(), key=lambda kv: -len(kv[1]))
        loose = [form_pattern(f) for _, f in ordered if f.casefold() not in word_like]
        strict = [f for _, f in ordered if f.casefold() in word_like]
        strict_alts = [form_pattern(v) for f in strict for v in dict.fromkeys((f, f.upper(), f.title()))]
        self._loose = _compile(loose, re.IGNORECASE)
        self._strict = _compile(strict_alts, 0)

    def __bool__(self) -> bool:
        return bool(self._key)

    def finditer(self, text: str) -> Iterator[FormHit]:
        """All non-overlapping occurrences, left to right, longest form winning at each position."""
        hits: list[FormHit] = []
        for rx in (self._loose, self._strict):
            if rx is None:
                continue
            for m in rx.finditer(text):
                key, form = self._key[normalise(m.group()).casefold()]
                hits.append(FormHit(m.start(), m.end(), key, form))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        last_end = -1
        for h in hits:
            if h.start >= last_end:
                last_end = h.end
                yield h


def _compile(alternatives: list[str], flags: int) -> re.Pattern[str] | None:
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", flags)


def word_like_forms(forms: Iterable[str], texts: Iterable[str]) -> frozenset[str]:
    """One-word forms that also occur in lower case in the given texts (ordinary words there)."""
    single = {normalise(f).casefold() for f in forms if f.strip() and " " not in normalise(f)}
    if not single:
        return frozenset()
    found: set[str] = set()
    rx = re.compile(r"\b(" + "|".join(sorted(map(re.escape, single), key=len, reverse=True)) + r")\b")
    for text in texts:
        found.update(m.group(1) for m in rx.finditer(text) if m.group(1).islower())
    return frozenset(found)
