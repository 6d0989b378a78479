"""Turn spaCy's raw entity spans into clean candidate names, or reject them.

spaCy's small English model over-reaches on review drafts: it includes bullets and paragraph
numbers ("2.53 Bartosz"), runs across table cells ("… Trust\\tIndividual"), keeps possessives,
and labels review vocabulary ("Foster Carers", "Care Order") as people or organisations.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from recognizers.name_judge import plausible_name

_LEADING = re.compile(r"^(?:[\W\d_]+|(?:the|a|an)\s+)+", re.UNICODE)
_TRAILING = re.compile(r"(?:['\u2019]s?|[\W\d_])+$", re.UNICODE)
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def refine_ner(text: str, start: int, end: int, entity: str,
               lower_words: Collection[str] = frozenset()) -> list[tuple[int, int]]:
    """Clean one NER span of ``text`` into zero or more name spans.

    A span never crosses a line or a table cell: each piece ("Lessons Learnt" / "Chinedu Acheampong")
    is cleaned and judged on its own.

    Args:
        text: The analysed text.
        start: Span start as spaCy gave it.
        end: Span end as spaCy gave it.
        entity: PERSON, LOCATION or ORGANISATION.
        lower_words: Words the whole document uses in lower case (ordinary words there).
    """
    out = []
    pos = start
    for piece in re.split(r"([\t\n])", text[start:end]):
        if piece not in ("\t", "\n"):
            span = _clean(text, pos, pos + len(piece), entity, lower_words)
            if span is not None:
                out.append(span)
        pos += len(piece)
    return out


def _clean(text: str, start: int, end: int, entity: str, lower_words: Collection[str]) -> tuple[int, int] | None:
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
    trail = _TRAILING.search(span)
    if trail:
        span = span[: trail.start()]
        end = start + len(span)
    if len(span) < 2 or not span[0].isupper():
        return None
    if not plausible_name(span, entity, lower_words):
        return None
    return start, end
