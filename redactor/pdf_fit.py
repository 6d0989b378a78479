"""Where each pseudonym goes on a PDF page: legible (6 pt or more), and never over other text.

A pseudonym is written in the box of the text it replaces. When it is longer than that text
("the Independent Reviewing Officer" for "Smith"), setting it smaller and narrower would make it
unreadable, so the line makes room, in this order:

1. the box itself, with the text set a little smaller (never under 6 pt) and narrower;
2. the box widened into the free space after it on its line (a name at the end of a line);
3. the rest of the paragraph set again from the box on: the words after it (draft words and other
   pseudonyms alike) are removed and written again in the same line positions, within the text
   column (or table column); at the paragraph's own size over one line, then two, and so on to the
   end of the paragraph, and set smaller only where even that does not fit;
4. two stacked lines inside the box, if the line is tall enough for two at 6 pt;
5. only then, smaller than 6 pt (a pseudonym never spills over other text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import numpy as np
import pymupdf

from redactor.document import CharBoxes, Rect

MIN_PT = 6.0  # the smallest legible size: pseudonyms are never set smaller unless nothing else fits
MIN_SIZE_SHARE = 0.6  # smallest share of the original size before squeezing instead
MIN_H_SCALE = 0.7  # narrowest horizontal squeeze
COLUMN_GAP = 1.2  # a gap wider than this many font sizes on a line separates columns (table cells)
_MARGIN = 0.5  # points kept clear between moved text and the next text on the line
_CELL_PADDING = 12.0  # points: the most a table cell's text starts right of the cell's left border


@cache
def font() -> pymupdf.Font:
    """The font pseudonyms (and text moved along a line) are written in."""
    return pymupdf.Font("helv")


def text_width(text: str, size: float) -> float:
    """Width of ``text`` at ``size`` points, unsqueezed (as ``Font.text_length``: advances summed, then scaled)."""
    return float(sum(_advance(ch) for ch in text) * size)


def writable(text: str) -> bool:
    """Whether the font has a glyph for every character of ``text`` (an emoji, Arabic or Chinese it has not)."""
    return all(_has_glyph(ch) for ch in text)


@cache
def _has_glyph(ch: str) -> bool:
    return ch.isspace() or font().has_glyph(ord(ch)) != 0


@cache
def _advance(ch: str) -> float:
    """One character's advance at 1 pt (MuPDF looks each up afresh, the layout measures thousands)."""
    return float(font().text_length(ch, fontsize=1))


def fit(width: float, text: str, size: float, floor: float = MIN_PT) -> tuple[float, float] | None:
    """Font size and horizontal squeeze (1 = none) that fit ``text`` in ``width`` legibly, if any.

    The text is first set smaller (to MIN_SIZE_SHARE of ``size``, not under ``floor``), then squeezed
    (to MIN_H_SCALE), then set smaller down to ``floor``. ``None`` if it still does not fit.
    """
    full = text_width(text, size)
    if full <= width or not text:
        return size, 1.0
    floor = min(size, floor)
    s = max(min(size, max(floor, MIN_SIZE_SHARE * size)), size * width / full)
    scale = width / text_width(text, s)
    if scale >= 1.0:
        return s, 1.0
    if scale >= MIN_H_SCALE:
        return s, scale
    s = max(floor, s * scale / MIN_H_SCALE)
    scale = width / text_width(text, s)
    return (s, min(1.0, scale)) if scale >= MIN_H_SCALE - 1e-9 else None


@dataclass(frozen=True, slots=True)
class Piece:
    """A pseudonym, or the part of one that goes on one line, and the draft characters it replaces.

    Attributes:
        rect: The box of the replaced characters on this line.
        text: What to write.
        size: The replaced text's font size.
        start: Offset in the page text of the first replaced character on this line.
        end: Offset after the last.
    """

    rect: Rect
    text: str
    size: float
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Placed:
    """Text to write on the page: a pseudonym in its (grey) box, or draft text moved along its line.

    Attributes:
        rect: Where it goes.
        text: What is written.
        size: Font size.
        scale: Horizontal squeeze (1 = none).
        piece: The index of the piece it writes, or -1 for moved draft text.
        lines: 2 when the text is stacked in two lines inside the box.
    """

    rect: Rect
    text: str
    size: float
    scale: float
    piece: int = -1
    lines: int = 1

    @property
    def pseudonym(self) -> bool:
        """Whether this writes a pseudonym (filled box) rather than moved draft text."""
        return self.piece >= 0


@dataclass(slots=True)
class Layout:
    """Where everything on one page goes, and the draft characters moved (removed, then written again)."""

    placed: list[Placed]
    moved: list[int]


# Whether each code point is ``str.isspace()``, up to one past the last that is (U+3000): a code point above
# it reads that last entry, False. Looked up per character (``np.isin`` sorted every page's characters).
_SPACE_TABLE = np.array([chr(c).isspace() for c in range(0x3002)], dtype=bool)
_NO_SPACE_ABOVE = len(_SPACE_TABLE) - 1


class _Page:
    """The page's characters as arrays, to find what lies beside a box."""

    def __init__(self, text: str, boxes: CharBoxes, rules: Callable[[], list[Rect]] | None = None) -> None:
        self.text = text
        self._rules = rules
        n = min(len(text), len(boxes))
        data: Any = boxes.array()[:n]
        self.box = data
        codes = np.frombuffer(text[:n].encode("utf-32-le"), dtype=np.uint32)
        self.visible = ~np.isnan(data[:, 0]) & ~_SPACE_TABLE[np.minimum(codes, _NO_SPACE_ABOVE)]
        self.right = float(np.nanmax(data[self.visible, 2])) if self.visible.any() else 0.0

    @cached_property
    def rules(self) -> list[Rect]:
        """The page's ruled lines (table borders), read only when a paragraph is set again."""
        return self._rules() if self._rules is not None else []

    def ruled_between(self, left: float, right: float, top: float, bottom: float) -> bool:
        """Whether a horizontal rule across ``left..right`` lies between ``top`` and ``bottom``."""
        return any(r[3] - r[1] < r[2] - r[0] and top <= (r[1] + r[3]) / 2 <= bottom and r[0] < right and r[2] > left
                   for r in self.rules)

    def cell_right(self, start: float, x1: float, y0: float, y1: float) -> float | None:
        """Where text may end in a ruled table cell whose text starts at ``start``: the cell's right
        border, less the padding its text keeps from the left border. None outside a ruled cell."""
        crossing = [(r[0] + r[2]) / 2 for r in self.rules if r[3] - r[1] > r[2] - r[0] and r[1] <= y0 and r[3] >= y1]
        lefts = [x for x in crossing if start - _CELL_PADDING <= x <= start]
        rights = [x for x in crossing if x >= x1]
        if not lefts or not rights:
            return None
        return min(rights) - (start - max(lefts))


def lay_out(pieces: list[Piece], text: str, boxes: CharBoxes, *, reflow: bool = True,
            rules: Callable[[], list[Rect]] | None = None) -> Layout:
    """Place every piece on its page (see the module docstring for the order of remedies).

    Without ``reflow`` (words read by OCR in a picture, which cannot be written again) no draft
    text is moved to make room. ``rules`` reads the page's ruled lines (table borders): text set
    again never runs on across a horizontal one, and may use a ruled cell's width.
    """
    layout = Layout([], [])
    if not pieces:
        return layout
    page = _Page(text, boxes, rules)
    replaced = np.zeros(len(page.box), dtype=bool)
    for p in pieces:
        replaced[p.start:p.end] = True
    done: set[int] = set()
    order = sorted(range(len(pieces)), key=lambda i: ((pieces[i].rect[1] + pieces[i].rect[3]) / 2, pieces[i].rect[0]))
    for i in order:
        if i not in done:
            _place(i, pieces, page, replaced, done, layout, reflow)
    return layout


def _size(p: Piece) -> float:
    h = p.rect[3] - p.rect[1]
    return min(p.size or h * 0.8, h * 0.95)


def _place(i: int, pieces: list[Piece], page: _Page, replaced: Any, done: set[int], layout: Layout,
           reflow: bool) -> None:
    p = pieces[i]
    done.add(i)
    x0, y0, x1, y1 = p.rect
    size = _size(p)
    found = fit(x1 - x0, p.text, size)
    if found:
        layout.placed.append(Placed(p.rect, p.text, found[0], found[1], i))
        return
    limit = _free_to(p.rect, i, pieces, page, replaced)
    if _widened(p, i, limit, layout):
        return
    if reflow and _reflow(p, i, pieces, page, replaced, done, layout):
        return
    if _stacked(p, i, limit, layout):
        return
    # Nothing legible fits: smaller still, but never over other text.
    found = fit(limit - x0, p.text, size, floor=0.0) or (size, 1.0)
    width = min(limit - x0, text_width(p.text, found[0]) * found[1])
    layout.placed.append(Placed((x0, y0, max(x1, x0 + width), y1), p.text, found[0], found[1], i))


def _column_right(page: _Page, rect: Rect) -> float:
    """The right edge of the text column (or table column) a box sits in."""
    return _column(page, rect)[1]


def _column(page: _Page, rect: Rect, cell: bool = False) -> tuple[float, float]:
    """The left and right edges of the text column (or table column) a box sits in.

    Lines nearby are cut into runs at wide gaps (table columns); the runs that start where the
    box's own run starts are its column, and the furthest of their right ends is its edge. With
    ``cell``, text in a ruled table cell may run to the cell's padding (the page's rules are read).
    """
    x0, y0, x1, y1 = rect
    h = y1 - y0
    near = np.flatnonzero(page.visible & (page.box[:, 1] > y0 - 10 * h) & (page.box[:, 3] < y1 + 10 * h))
    if not len(near):
        return x0, x1
    runs = _runs(page, near, h)
    line = [r for r in runs if abs(r[2] - (y0 + y1) / 2) < 0.5 * h]
    own = [r for r in line if r[0] <= x0 + 0.5 and r[1] >= x0 - 0.5]
    start = own[0][0] if own else x0
    column = [r for r in runs if abs(r[0] - start) <= 2.0]
    # A line on its own (a running header or footer, a heading) may use the page's text width.
    right = max(r[1] for r in column) if len(column) > 1 else page.right
    padded = page.cell_right(start, x1, y0, y1) if cell else None
    if padded is not None:
        right = max(right, padded)  # a ruled cell's text may use the cell's width, short lines or not
    nxt = [r[0] for r in line if r[0] > x1 + 0.5]
    if nxt:
        right = min(right, min(nxt) - _MARGIN)  # never into the next column of the same line
    return start, max(x1, right)


def _runs(page: _Page, chars: Any, h: float) -> list[list[float]]:
    """The characters ``chars`` (indices) cut into runs, line by line, at gaps wider than
    :data:`COLUMN_GAP` font sizes (table columns): ``[start, end, line mid]`` each."""
    mid = (page.box[chars, 1] + page.box[chars, 3]) / 2
    order = chars[np.lexsort((page.box[chars, 0], np.round(mid / (0.5 * h))))]
    runs: list[list[float]] = []
    for k in order:
        bx0, by0, bx1, by1 = page.box[k]
        m = (by0 + by1) / 2
        if runs and abs(m - runs[-1][2]) < 0.5 * h and bx0 - runs[-1][1] <= COLUMN_GAP * h:
            runs[-1][1] = max(runs[-1][1], bx1)
        else:
            runs.append([bx0, bx1, m])
    return runs


def _free_to(rect: Rect, i: int, pieces: list[Piece], page: _Page, replaced: Any) -> float:
    """How far right a box may grow: to the next text on its line, or the edge of its text column."""
    x1 = rect[2]
    on_line = _on_line(page, rect[1], rect[3])
    limit = min([_column_right(page, rect), *(q.rect[0] for n, q in enumerate(pieces)
                               if n != i and _same_line(q.rect, rect) and q.rect[0] >= x1 - 0.5),
                 *(float(page.box[k, 0]) for k in on_line if not replaced[k] and page.box[k, 0] >= x1 - 0.5)])
    return max(limit - _MARGIN, x1)


def _widened(p: Piece, i: int, limit: float, layout: Layout) -> bool:
    x0, y0, x1, y1 = p.rect
    found = fit(limit - x0, p.text, _size(p))
    if not found:
        return False
    width = text_width(p.text, found[0]) * found[1]
    layout.placed.append(Placed((x0, y0, max(x1, x0 + width), y1), p.text, found[0], found[1], i))
    return True


def _stacked(p: Piece, i: int, limit: float, layout: Layout) -> bool:
    """Two lines inside the (widened) box, when the line is tall enough for two at 6 pt."""
    x0, y0, x1, y1 = p.rect
    words = p.text.split()
    if (y1 - y0) < 2 * MIN_PT * 1.05 or len(words) < 2:
        return False
    cut = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    halves = [" ".join(words[:cut]), " ".join(words[cut:])]
    size = min(_size(p), (y1 - y0) / 2.1)
    widest = max(halves, key=lambda t: text_width(t, size))
    found = fit(limit - x0, widest, size)
    if not found:
        return False
    width = text_width(widest, found[0]) * found[1]
    layout.placed.append(Placed((x0, y0, max(x1, x0 + width), y1), "\n".join(halves), found[0], found[1], i, 2))
    return True


def _on_line(page: _Page, y0: float, y1: float) -> Any:
    """Indices of visible characters whose vertical centre lies within ``y0..y1``."""
    mid = (page.box[:, 1] + page.box[:, 3]) / 2
    return np.flatnonzero(page.visible & (mid >= y0) & (mid <= y1))


def _same_line(a: Rect, b: Rect) -> bool:
    mid = (a[1] + a[3]) / 2
    return b[1] <= mid <= b[3]


_Slot = tuple[float, float, float]  # a line to set words in: start x, top, bottom


@dataclass(slots=True)
class _Word:
    text: str
    piece: int  # the pseudonym piece it belongs to, or -1 for draft text
    chars: list[int]  # the draft characters it moves (removed and written again)
    glued: bool = False  # written right after the previous word, without a space ("Child Q" + "'s")


def _reflow(p: Piece, i: int, pieces: list[Piece], page: _Page, replaced: Any, done: set[int],
            layout: Layout) -> bool:
    """Make room by setting the rest of the paragraph again, from the box on, over as few lines as will do.

    The words after the box (draft words and other pseudonyms alike) are removed and written again
    in the same line positions, within the column: at the paragraph's size over one line, then two,
    and so on to the end of the paragraph, and smaller only where none of that fits. False if nothing
    legible fits.
    """
    x0, y0, x1, y1 = p.rect
    size = _size(p)
    left, right = _column(page, p.rect, cell=True)
    slots: list[_Slot] = [(x0, y0, y1)]  # (start x, top, bottom) of each line
    words: list[list[_Word]] = [[_Word(w, i, []) for w in p.text.split()]]  # words by the line they come from
    words[0].extend(_line_words(page, replaced, pieces, done, i, x1 - 0.5, right, y0, y1, size, after=x1))
    top, bottom = y0, y1
    for _ in range(12):  # lines of the same paragraph below
        nxt = _next_line(page, left, right, bottom, bottom - top)
        if nxt is None:
            break
        start, top, bottom = nxt
        slots.append(nxt)
        words.append(_line_words(page, replaced, pieces, done, i, start - 0.5, right, top, bottom, size))
    # The paragraph's own size over more of its lines reads better than a line of smaller text: each
    # size is tried on one line, then two, and so on, before the next smaller size.
    for s in _sizes(size):
        for lines in range(1, len(slots) + 1):
            if lines < len(slots) and not _ends_sentence(words[lines - 1]):
                continue  # text set again stops at a sentence's end, never in its middle (see below)
            todo = [w for line in words[:lines] for w in line]
            if not all(writable(w.text) for w in todo if w.piece < 0):
                break  # a draft word the font cannot write ("🍳") would be read back as another: it stays put
            placed = _wrap_at(todo, slots[:lines], right, s)
            if placed is None:
                continue
            for w in todo:
                if w.piece >= 0:
                    done.add(w.piece)
            if not any(q.piece == i and q.rect[1] == y0 for q in placed):
                placed.append(Placed(p.rect, "", s, 1.0, i))  # the box stays, its words on the next line
            layout.placed.extend(placed)
            layout.moved.extend(k for w in todo for k in w.chars)
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?:;][\"'\u2019\u201d)\]]*$")


def _ends_sentence(line: list[_Word]) -> bool:
    """Whether a line's last word ends a sentence (or the line has no words).

    Text set again is written after the page's own text, so a text extractor reads it after the
    lines that stayed: stopped inside a sentence ("… by 28 October" | "2016."), the sentence would
    be read apart, and a date or name running over the line end with it.
    """
    last = next((w.text for w in reversed(line) if w.text), "")
    return not last or _SENTENCE_END.search(last) is not None


def _line_words(page: _Page, replaced: Any, pieces: list[Piece], done: set[int], skip: int, left: float,
                right: float, y0: float, y1: float, size: float, after: float = -1e9) -> list[_Word]:
    """The words on one line between ``left`` and ``right``: draft words and pseudonym pieces, in order.

    ``after`` is where the text before them ends (a box's right edge): a word touching it is glued on.
    """
    # Draft characters of one run of text keep their order: a ligature read back as two letters ("ﬀ"
    # as "f", "f") may put its second letter a hair right of the next one, and sorted by position
    # "effect" would be written "efef ct". In a run, each character sits at the furthest start so far.
    items: list[tuple[float, int, float, int]] = []  # (x0, char index or -1, x1, piece or -1)
    reach, previous = -1e9, -2
    for k in _on_line(page, y0, y1):
        if not replaced[k] and left <= page.box[k, 0] and page.box[k, 2] <= right + 1.0:
            reach = max(reach, float(page.box[k, 0])) if k == previous + 1 else float(page.box[k, 0])
            previous = int(k)
            items.append((reach, int(k), float(page.box[k, 2]), -1))
    rect = (left, y0, right, y1)
    for q, other in enumerate(pieces):
        if q != skip and q not in done and _same_line(other.rect, rect) and left <= other.rect[0] <= right:
            items.append((other.rect[0], -1, other.rect[2], q))
    items.sort()
    out: list[_Word] = []
    last = after
    for ix0, k, ix1, q in items:
        touching = ix0 - last <= 0.15 * size
        if q >= 0:
            # A pseudonym's part with no words (they went to its next line) still goes with the line.
            out.extend(_Word(w, q, [], touching and n == 0) for n, w in enumerate(pieces[q].text.split() or [""]))
        elif out and out[-1].piece == -1 and touching:
            out[-1].text += page.text[k]
            out[-1].chars.append(k)
        else:
            out.append(_Word(page.text[k], -1, [k], touching))
        last = ix1
    return out


def _next_line(page: _Page, left: float, right: float, bottom: float, h: float) -> _Slot | None:
    """The next line of the same paragraph and column: (start x, top, bottom), or None at its end."""
    mid = (page.box[:, 1] + page.box[:, 3]) / 2
    band = np.flatnonzero(page.visible & (mid > bottom) & (mid < bottom + 1.1 * h)
                          & (page.box[:, 0] >= left - 2.0 * h) & (page.box[:, 2] <= right + 1.0))
    if not len(band):
        return None
    top = band[np.argmin(mid[band])]
    on_line = _on_line(page, float(page.box[top, 1]), float(page.box[top, 3]))
    # The line's own text starts a run: the last letters of a neighbouring column's text, ending a
    # little left of this column, belong to that column.
    start = min((float(r[0]) for r in _runs(page, on_line, h) if left - 2.0 * h <= r[0] <= right), default=None)
    if start is None:
        return None
    line = [k for k in on_line if start - 0.01 <= page.box[k, 0] and page.box[k, 2] <= right + 1.0]
    y0, y1 = float(min(page.box[k, 1] for k in line)), float(max(page.box[k, 3] for k in line))
    if page.ruled_between(left, right, bottom, y0):
        return None  # a table row's border (or a rule under a paragraph) ends the paragraph
    return start, y0, y1


def _sizes(size: float) -> list[float]:
    """The sizes text set again may take, largest first, down to the legible floor."""
    floor = min(size, MIN_PT)
    return [*(size * f for f in (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65) if size * f > floor), floor]


def _wrap_at(words: list[_Word], slots: list[_Slot], right: float, s: float) -> list[Placed] | None:
    space = text_width(" ", s)
    out: list[Placed] = []
    n = 0
    for start, top, bottom in slots:
        x = start
        first = True
        while n < len(words):
            w = words[n]
            if not w.text:
                n += 1
                continue
            width = text_width(w.text, s)
            gap = 0.0 if first or w.glued else space
            if x + gap + width > right and not first:
                break
            if x + gap + width > right:
                if start == slots[0][0] and len(slots) > 1 and not out:
                    break  # the rest of the box's own line is too short: start on the next line
                return None  # a single word wider than the column
            x += gap
            prev = out[-1] if out else None
            if (prev is not None and not first and prev.piece == w.piece
                    and abs(prev.rect[1] - top) < 0.01):
                joined = prev.text + ("" if w.glued else " ") + w.text
                out[-1] = Placed((prev.rect[0], top, x + width, bottom), joined, s, 1.0, w.piece)
            else:
                out.append(Placed((x, top, x + width, bottom), w.text, s, 1.0, w.piece))
            x += width
            first = False
            n += 1
    return out if n == len(words) else None


def baseline(rect: Rect, size: float) -> float:
    """The baseline that centres text of ``size`` vertically in ``rect``."""
    f = font()
    return float(rect[3] - ((rect[3] - rect[1]) - size * (f.ascender - f.descender)) / 2 + size * f.descender)
