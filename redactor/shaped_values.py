"""Values written in the shape of an identifier the draft labels elsewhere ("PPS number (7823451KA)" and, later,
"confirmed by Tusla as 6654312WA"): the draft's own records, of the same kind, though no label stands by them.

A label makes a value an identifier whatever its format; a draft that labels one value of a shape shows what its
values of that kind look like. Only a shape that says something counts: seven characters or more, five digits or
more, and letters or a separator among them, or eight digits or more ("2671" or "ABC123" could be anything).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from recognizers.identifier_value import could_be_identifier
from redactor.document import Document
from redactor.mention import Mention

LABELLED: Final = "LabelledIdentifierRecognizer"
RECOGNIZER: Final = "LabelledShape"
SCORE: Final = 0.6
_SEPARATORS: Final = "/-"


def shape(value: str) -> str:
    """A value's shape: each digit ``9``, capital ``A``, small letter ``a``; anything else as it is."""
    return "".join("9" if c.isdigit() else "A" if c.isupper() else "a" if c.islower() else c for c in value)


def _telling(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if len(value) < 7 or digits < 5 or not value.isascii() or " " in value:
        return False
    return digits >= 8 or any(c.isalpha() or c in _SEPARATORS for c in value)


def _pattern(value_shape: str) -> re.Pattern[str]:
    body = "".join(r"\d" if c == "9" else "[A-Z]" if c == "A" else "[a-z]" if c == "a" else re.escape(c)
                   for c in value_shape)
    return re.compile(rf"(?<![\w/.\-]){body}(?![\w/\-]|[.,]\d)")


def shaped_like_labelled(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Values of the shape of a labelled identifier's value, anywhere in the draft, not found already.

    Args:
        document: The loaded draft.
        mentions: The analysis's findings (the labelled identifiers among them give the shapes).
    """
    kinds: dict[str, tuple[str, str]] = {}  # shape -> the first labelled value of it, and its kind
    values: set[str] = set()
    for m in mentions:
        if m.recognizer == LABELLED and _telling(m.text):
            kinds.setdefault(shape(m.text), (m.text, m.entity))
            values.add(m.text)
    if not kinds:
        return []
    taken: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.segment_id, []).append((m.start, m.end))
    found: list[Mention] = []
    for kind_shape, (example, entity) in kinds.items():
        rx = _pattern(kind_shape)
        for seg in document.segments:
            for hit in rx.finditer(seg.text):
                value = hit.group()
                if value in values or not could_be_identifier(value) \
                        or any(s < hit.end() and hit.start() < e for s, e in taken.get(seg.id, [])):
                    continue  # (the labelled value written again is linked to it)
                found.append(Mention(seg.id, hit.start(), hit.end(), value, entity, SCORE, RECOGNIZER,
                                     f"{RECOGNIZER}; the shape of a value the draft labels ({example})"))
                taken.setdefault(seg.id, []).append((hit.start(), hit.end()))
    return found
