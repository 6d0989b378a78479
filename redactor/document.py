"""One document model for PDF, DOCX and TXT drafts: text segments, with character boxes for PDF pages."""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from redactor.types import InputFormat, SegmentKind

# Digits as a raised footnote mark writes them: the PDF reader keeps a raised mark so ("…387131669.²"), no digit
# of the text before it, and the page seams find a footnote's number by it.
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")

Rect = tuple[float, float, float, float]

# Combining accents, for a regex class: each after its letter ("S\u030cimkova\u0301", decomposed as macOS and some
# web pages write it).
COMBINING_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_COMBINING = re.compile(f"[{COMBINING_MARKS}]")


def composed(text: str) -> str:
    """``text`` with its decomposed letters composed (Unicode NFC), as the recognisers and name lists read letters:
    "S\u030cimkova\u0301" is "\u0160imkov\u00e1". Text without a combining mark is returned as it is."""
    return unicodedata.normalize("NFC", text) if not text.isascii() and _COMBINING.search(text) else text


class CharBoxes:
    """Per-character boxes of a PDF page's text, stored compactly (4 floats per character).

    Characters the loader inserted itself (a space joining two lines, a newline between
    blocks) have no box and are stored as NaN.
    """

    __slots__ = ("_data", "_sizes")

    def __init__(self) -> None:
        self._data = array("d")
        self._sizes = array("f")

    def append(self, box: Rect | None, size: float = 0.0) -> None:
        """Add the box (or no box) for the next character, with its font size."""
        if box is None:
            self._data.extend((math.nan, math.nan, math.nan, math.nan))
        else:
            self._data.extend(box)
        self._sizes.append(size)

    def extend(self, boxes: list[float], sizes: list[float]) -> None:
        """Add many characters at once: ``boxes`` flat (4 floats each), ``sizes`` one per character."""
        self._data.extend(boxes)
        self._sizes.extend(sizes)

    def __len__(self) -> int:
        return len(self._sizes)

    def box(self, index: int) -> Rect | None:
        """The box of one character, or ``None`` for a synthetic character."""
        x0 = self._data[4 * index]
        if math.isnan(x0):
            return None
        return (x0, self._data[4 * index + 1], self._data[4 * index + 2], self._data[4 * index + 3])

    def font_size(self, index: int) -> float:
        """Font size of one character (0 for synthetic characters)."""
        return float(self._sizes[index])

    def array(self) -> Any:
        """``(n, 4)`` array of every character's box (NaN for synthetic characters)."""
        import numpy as np

        return np.frombuffer(self._data, dtype=np.float64).reshape(-1, 4)

    def centres(self) -> Any:
        """``(n, 2)`` array of every character's box centre (NaN for synthetic characters)."""
        import numpy as np

        data = self.array()
        return np.column_stack(((data[:, 0] + data[:, 2]) / 2, (data[:, 1] + data[:, 3]) / 2))

    def line_rects(self, start: int, end: int) -> list[tuple[Rect, float]]:
        """Boxes covering characters ``start:end``, merged into one rectangle per text line.

        Returns:
            ``(rect, font_size)`` pairs in reading order; characters without a box are skipped.
        """
        return [(rect, size) for rect, size, _, _ in self.line_spans(start, end)]

    def line_spans(self, start: int, end: int) -> list[tuple[Rect, float, int, int]]:
        """Like ``line_rects``, with the characters on each line.

        Returns:
            ``(rect, font_size, first, after)`` per line in reading order, where ``first:after``
            are the characters on that line; characters without a box are skipped.
        """
        out: list[tuple[list[float], float, int, int]] = []
        for i in range(start, end):
            b = self.box(i)
            if b is None:
                continue
            size = self.font_size(i)
            if out:
                cur, cur_size, first, _ = out[-1]
                same_line = abs(b[1] - cur[1]) < 0.5 * (cur[3] - cur[1]) and b[0] >= cur[0] - 1.0
                if same_line:
                    cur[0], cur[1] = min(cur[0], b[0]), min(cur[1], b[1])
                    cur[2], cur[3] = max(cur[2], b[2]), max(cur[3], b[3])
                    out[-1] = (cur, max(cur_size, size), first, i + 1)
                    continue
            out.append(([b[0], b[1], b[2], b[3]], size, i, i + 1))
        return [((r[0], r[1], r[2], r[3]), s, a, b) for r, s, a, b in out]


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text at one place in the file.

    Attributes:
        id: Stable key within the document (``page:3``, ``meta:title``, ``docx:word/header1.xml:0``).
        kind: Where the text lives.
        text: The text itself.
        where: Human-readable location for messages and the audit log.
        page: 0-based page index for PDF page text and PDF annotations, else ``None``.
        boxes: Character boxes for PDF page text (a loaded draft keeps them only for pages with a table;
            the renderer reads the others again from the draft, page by page), else ``None``.
        cell: ``(table, row, column)`` when the segment is a Word table cell paragraph.
    """

    id: str
    kind: SegmentKind
    text: str
    where: str
    page: int | None = None
    boxes: CharBoxes | None = field(default=None, compare=False, repr=False)
    cell: tuple[int, int, int] | None = None


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """A picture in a draft (photo, genogram, signature, scanned letter), as listed in the analysis.

    Attributes:
        id: Stable key (``image:3:0`` = first picture on page 4; ``image:word/media/image1.png``).
        where: Human-readable location ("page 4 picture 1", "Word picture image1.png").
        page: 0-based PDF page, or ``None`` for a Word picture.
        rect: Where it is drawn on its PDF page (points), or ``None``.
        width: Width in pixels.
        height: Height in pixels.
        text: ``read`` (OCR found words: they are a segment ``id``), ``none`` (OCR found no words),
            ``not read`` (not OCR'd: too small, an undecodable format, or Tesseract missing).
    """

    id: str
    where: str
    page: int | None
    rect: Rect | None
    width: int
    height: int
    text: str = "not read"


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded draft.

    Attributes:
        path: The source file (never modified).
        format: Input format.
        sha256: Hash of the source bytes.
        segments: Every text segment, body first, then containers (metadata, annotations, ...).
        page_count: Pages (PDF), or 0 where the format has no fixed pages.
        warnings: Non-fatal observations made while loading (e.g. images that cannot be inspected).
        images: Every picture, in document order.
        ocr_pages: 0-based PDF pages without a usable text layer whose text was read by OCR.
        unread_pages: 0-based PDF pages without a usable text layer that could not be read (no
            Tesseract, or OCR failed): a reviewer must look at each before export.
        password: The password that opened an encrypted draft (kept in memory only, so the renderer
            can reopen the source; never written to a cache, log or output).
    """

    path: Path
    format: InputFormat
    sha256: str
    segments: tuple[Segment, ...]
    page_count: int = 0
    warnings: tuple[str, ...] = ()
    images: tuple[ImageInfo, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    unread_pages: tuple[int, ...] = ()
    password: str | None = field(default=None, repr=False, compare=False)

    def segment(self, segment_id: str) -> Segment:
        """Look a segment up by id.

        Raises:
            KeyError: No such segment.
        """
        for seg in self.segments:
            if seg.id == segment_id:
                return seg
        raise KeyError(segment_id)

    def of_kind(self, *kinds: SegmentKind) -> Iterator[Segment]:
        """Segments of the given kinds, in document order."""
        return (s for s in self.segments if s.kind in kinds)

    @property
    def content_hash(self) -> str:
        """Hash identifying this document's content (used to key cached analysis)."""
        return self.sha256


@lru_cache(maxsize=4)
def lower_case_words(document: Document) -> frozenset[str]:
    """Every word the document writes in lower case: its ordinary words, as opposed to names.

    E-mail addresses, web addresses and handles are left out: "@dale.atkins6" does not make "dale"
    an ordinary word. So is a listed name no dictionary holds: "spoke to kyle" is a slip of the pen, and "kyle"
    is no ordinary word.
    """
    from recognizers.gazetteer import is_english_word, is_first_name, is_surname

    words: set[str] = set()
    for seg in document.segments:
        words.update(re.findall(r"\b[a-z][a-z'-]+\b", _ADDRESSES.sub(" ", seg.text)))
    return frozenset(w for w in words if is_english_word(w) or not (is_first_name(w) or is_surname(w)))


# An e-mail or web address, a handle, or a domain written without its scheme ("facebook.com/clive.t.4"); a handle
# written without its "@", words joined by dots or underscores ("teg.m09x", "lexi.m.swims": "e.g." is too short).
_ADDRESSES = re.compile(r"\S*(?:@|://|www\.)\S*|\S*\b[\w-]+\.(?:com|org|net|co|uk|gov|nhs|io|me|info|tv|ly)\b\S*"
                        r"|\b(?=[\w.]{6,})[a-z0-9]+(?:[._][a-z0-9]+)+\b")


__all__ = ["CharBoxes", "Document", "ImageInfo", "Rect", "Segment", "lower_case_words"]
