"""Finding text across a draft, as the reviewer types it (line breaks, spacing and apostrophe styles ignored)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.document import Document


@dataclass(frozen=True, slots=True)
class FindHit:
    """One occurrence of searched text.

    Attributes:
        segment_id: The segment it is in.
        start: Offset of its first character.
        end: Offset after its last character.
        page: 0-based page (PDF drafts), else None.
        context: The words around it, the hit in brackets.
    """

    segment_id: str
    start: int
    end: int
    page: int | None
    context: str


def find_text(document: Document, text: str, *, match_case: bool = False, whole_words: bool = True) -> list[FindHit]:
    """Every occurrence of ``text`` in every segment of the draft (line breaks and spacing ignored)."""
    words = text.split()
    if not words:
        return []
    pattern = r"\s+".join(_word_pattern(w) for w in words)
    if whole_words:
        pattern = (r"(?<!\w)" if re.match(r"\w", words[0]) else "") + pattern
        pattern += r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    rx = re.compile(pattern, 0 if match_case else re.IGNORECASE)
    hits = []
    for seg in document.segments:
        for m in rx.finditer(seg.text):
            hits.append(FindHit(seg.id, m.start(), m.end(), seg.page, _context(seg.text, m.start(), m.end())))
    return hits


_APOSTROPHES = "'\u2019\u2018`"
_DASHES = "-\u2010\u2011\u2013\u2014"


def _word_pattern(word: str) -> str:
    out = []
    for ch in word:
        if ch in _APOSTROPHES:
            out.append(f"[{_APOSTROPHES}]")
        elif ch in _DASHES:
            out.append(f"[{_DASHES}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return " ".join(f"{text[lo:start]}[{text[start:end]}]{text[end:hi]}".split())
