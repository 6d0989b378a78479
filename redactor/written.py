"""What an export wrote into each output, place by place: the record verification masks exactly.

Verification must not take the export's word for anything, nor mask a list of allowed phrases
(a pseudonym such as "Police Force 4" would then hide, or be mistaken for, a replaced form "4").
Each renderer therefore records the text it meant to write at every place of an output and the
spans of it that are replacements; for a PDF draft, each box it drew and the text written in it.
Verification re-reads the file and masks only what lines up with these records.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from redactor.document import Rect
from redactor.types import Replacing

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Written:
    """The text written at one place, with the spans of it that are replacements.

    Attributes:
        text: The whole text as written.
        spans: ``(start, end)`` of each replacement inside ``text``, in order.
        kept: ``(start, end)`` of each replaced form the reviewer deliberately left unchanged here.
        moved: ``(start, end)`` of text written again elsewhere (a PDF line that made room): it need
            not be found here, but keep phrases running through it still hold.
    """

    text: str
    spans: tuple[Span, ...] = ()
    kept: tuple[Span, ...] = ()
    moved: tuple[Span, ...] = ()


def apply_replacements(text: str, reps: Iterable[Replacing], kept: Iterable[Span] = (), *,
                       drop: bool = False) -> Written:
    """Apply replacements (non-overlapping, any order) to ``text``, remembering where each one went.

    Args:
        text: The original text.
        reps: The replacements, with offsets into ``text``.
        kept: Spans of ``text`` deliberately left as they are (outside every replacement).
        drop: Leave the replaced spans out instead of writing the replacements (what remains around
            the boxes of a PDF redacted in place, where the replacement is drawn apart).
    """
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    shift: list[tuple[int, int]] = []  # (original offset, change in length from there on)
    for r in sorted(reps, key=lambda r: r.start):
        out.append(text[pos:r.start])
        length += r.start - pos
        new = "" if drop else r.replacement
        out.append(new)
        if not drop:
            spans.append((length, length + len(new)))
        length += len(new)
        pos = r.end
        shift.append((r.end, length - r.end))
    out.append(text[pos:])
    ends = [e for e, _ in shift]
    moved = []
    for a, b in sorted(kept):
        k = bisect.bisect_right(ends, a) - 1
        delta = shift[k][1] if k >= 0 else 0
        moved.append((a + delta, b + delta))
    return Written("".join(out), tuple(spans), tuple(moved))


@dataclass(frozen=True, slots=True)
class Drawn:
    """Text written into a box on a PDF page: a pseudonym (or the part of it on one line), or draft
    text moved along its line to make room for one.

    Attributes:
        page: 0-based page index.
        rect: The box.
        text: What was written in it (may be empty).
        replaced: True for a pseudonym (masked), False for moved draft text (checked like any other).
    """

    page: int
    rect: Rect
    text: str
    replaced: bool = True


Layout = Literal["places", "boxes", "relaid"]


@dataclass(slots=True)
class Expected:
    """Everything one export wrote into one output file.

    Attributes:
        path: The output file.
        layout: How its text is read back and lined up with what was written:
            ``places``: a DOCX or TXT file, read back place by place (``places`` keyed by the
            loader's segment ids, or ``text`` for a TXT file);
            ``boxes``: a PDF draft redacted in place: its page text is lined up with ``flow``
            (the draft's page texts without the replaced spans), and inside each ``drawn``
            box it must be exactly the text written there; other places (title, bookmarks)
            are in ``places``;
            ``relaid``: a PDF laid out afresh (by LibreOffice or typeset from text): its text
            is lined up with ``flow`` (in reading order) and ``floating`` (running headers and
            footers, notes: anywhere, any number of times).
        name: The name to report places under (the final file name; ``path`` may be a temporary file).
    """

    path: Path
    layout: Layout
    name: str = ""
    places: dict[str, Written] = field(default_factory=dict)
    drawn: list[Drawn] = field(default_factory=list)
    flow: list[Written] = field(default_factory=list)
    floating: list[Written] = field(default_factory=list)


def join_written(parts: Iterable[Written], sep: str = "\n") -> Written:
    """Several written texts joined into one, their replacement spans moved along."""
    texts: list[str] = []
    spans: list[Span] = []
    kept: list[Span] = []
    offset = 0
    for i, part in enumerate(parts):
        if i:
            texts.append(sep)
            offset += len(sep)
        texts.append(part.text)
        spans.extend((a + offset, b + offset) for a, b in part.spans)
        kept.extend((a + offset, b + offset) for a, b in part.kept)
        offset += len(part.text)
    return Written("".join(texts), tuple(spans), tuple(kept))
