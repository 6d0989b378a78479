"""Tables in a draft, as header cells and body cells, whatever the format.

TXT and PDF tables arrive as tab-separated lines (the PDF loader puts a tab between cells on one
row); Word tables as one segment per cell paragraph with its (table, row, column).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

import numpy as np

from recognizers import catalogue as cat
from recognizers.gazetteer import is_english_word, is_first_name, is_surname, is_uk_place
from recognizers.table_columns import (
    body_in_cell,
    cell_value,
    column_entity,
    is_body_column,
    is_name_column,
    name_in_cell,
)
from redactor.document import CharBoxes, Document, Segment
from redactor.mention import Mention


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: where its text is."""

    segment_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    """A header row and the body rows under it."""

    header: list[Cell]
    rows: list[list[Cell]]


def _tab_tables(seg_id: str, text: str) -> Iterator[Table]:
    """The tables of a text whose cells are set off by tabs, or by bars ("Name | DOB", a Markdown table)."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        mark = "\t" if "\t" in line else "|"
        ncols = line.count(mark)
        if ncols == 0:
            i += 1
            continue
        block = [(start, line)]
        j = i + 1
        while j < len(lines):
            rule = mark == "|" and _RULE.fullmatch(lines[j][1]) is not None
            if not rule and lines[j][1].count(mark) != ncols:
                break
            if not rule:
                block.append(lines[j])
            j += 1
        if len(block) >= 2:
            rows = [_cells(seg_id, s, ln, mark) for s, ln in block]
            yield Table(rows[0], rows[1:])
        i = j


# A Markdown table's rule under its header ("|---|:---:|").
_RULE: Final = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?")


def _cells(seg_id: str, start: int, line: str, mark: str = "\t") -> list[Cell]:
    """A row's cells; set off by bars, each without the spaces around it and the outer bars' empty ends."""
    cells = []
    pos = start
    parts = line.split(mark)
    for k, part in enumerate(parts):
        if mark == "|":
            if not part.strip() and k in (0, len(parts) - 1):
                pos += len(part) + 1
                continue
            lead = len(part) - len(part.lstrip())
            cells.append(Cell(seg_id, pos + lead, pos + lead + len(part.strip()), part.strip()))
        else:
            cells.append(Cell(seg_id, pos, pos + len(part), part))
        pos += len(part) + 1
    return cells


# How far (in points) a cell may start left of its column's header and still belong to it.
COLUMN_TOLERANCE = 3.0


def _extent(boxes: CharBoxes, start: int, end: int, low: int, high: int) -> tuple[float, float] | None:
    """The least box coordinate ``low`` and greatest ``high`` of the characters ``start:end`` that have
    boxes (inserted separators have none)."""
    found = boxes.array()[start:end]
    found = found[~np.isnan(found[:, 0])]
    return (float(found[:, low].min()), float(found[:, high].max())) if len(found) else None


def _x_extent(boxes: CharBoxes, start: int, end: int) -> tuple[float, float] | None:
    """Left and right edges of the characters ``start:end`` that have boxes."""
    return _extent(boxes, start, end, 0, 2)


def _y_extent(boxes: CharBoxes, start: int, end: int) -> tuple[float, float] | None:
    """Top and bottom of the characters ``start:end`` that have boxes."""
    return _extent(boxes, start, end, 1, 3)


def _column_of(columns: list[float], x0: float, x1: float) -> int | None:
    """The column a cell from ``x0`` to ``x1`` lies in, or ``None`` if it straddles columns."""
    col = max((i for i, start in enumerate(columns) if start <= x0 + COLUMN_TOLERANCE), default=None)
    if col is None:
        return None
    if col + 1 < len(columns) and x1 > columns[col + 1] + COLUMN_TOLERANCE:
        return None
    return col


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of a PDF table's text on one line of one cell, with where it sits on the page."""

    cell: Cell
    x0: float
    x1: float
    top: float
    bottom: float


def _pieces(seg: Segment, start: int, line: str) -> list[_Piece] | None:
    """The pieces of one line of page text (cut at tabs and where the text wraps back to the left).

    ``None`` when a piece has no boxes (the line cannot be placed).
    """
    assert seg.boxes is not None
    out = []
    for cell in (piece for part in _cells(seg.id, start, line) for piece in _wrapped_pieces(seg.boxes, part)):
        if not cell.text.strip():
            continue
        x = _x_extent(seg.boxes, cell.start, cell.end)
        y = _y_extent(seg.boxes, cell.start, cell.end)
        if x is None or y is None:
            return None
        out.append(_Piece(cell, x[0], x[1], y[0], y[1]))
    return out


def _pdf_tables(seg: Segment) -> Iterator[Table]:
    """Tables on a PDF page, read by position: each cell goes to the column whose header it sits under.

    The text extractor returns a laid-out table in pieces, often several blocks in an order of its
    own, so the table is rebuilt from where its text sits:

    * the header is every piece level with the first line that holds a tab, wherever the
      extractor put it in the page text;
    * a header cell that wraps ("Date of" / "birth") continues in the words under it, above the
      first body row (the first value in the first column), that hold no digit;
    * every other piece goes to the column it sits under, and to the row whose first-column value
      is level with it or above it, so a row broken over several lines keeps its date of birth
      under "Date of birth".

    The table ends at a gap of two lines or at a line that straddles columns (prose after it).
    """
    assert seg.boxes is not None
    lines = _lines(seg.text)
    cache: dict[int, list[_Piece] | None] = {}  # each line is cut into pieces once

    def pieces(k: int) -> list[_Piece] | None:
        if k not in cache:
            start, line = lines[k]
            cache[k] = _pieces(seg, start, line) if line.strip() else None
        return cache[k]

    i = 0
    while i < len(lines):
        first = pieces(i) if "\t" in lines[i][1] else None
        if not first:
            i += 1
            continue
        table, used = _pdf_table(seg, pieces, len(lines), i, first)
        if table is not None:
            yield table
        i = max(used, i + 1)


def _pdf_table(seg: Segment, pieces_of: Callable[[int], list[_Piece] | None], count: int, i: int,
               first: list[_Piece]) -> tuple[Table | None, int]:
    """The table whose header starts on line ``i`` (of ``count``), and the index of the line after it."""
    top, height = first[0].top, first[0].bottom - first[0].top
    level = 0.5 * height
    found: list[list[_Piece]] = [first]
    bottom = max(p.bottom for p in first)
    j = i + 1
    while j < count:
        pieces = pieces_of(j)
        if not pieces or min(p.top for p in pieces) - bottom > 2 * height:
            break  # a gap of two lines: the table has ended (a footer, the next paragraph)
        found.append(pieces)
        bottom = max(bottom, max(p.bottom for p in pieces))
        j += 1
    header = sorted((p for ps in found for p in ps if abs(p.top - top) <= level), key=lambda p: p.x0)
    columns = [p.x0 for p in header]
    if len(header) < 2 or any(b - a <= COLUMN_TOLERANCE for a, b in pairwise(columns)):
        return None, i + 1
    heads = [[p] for p in header]
    right = max(p.x1 for ps in found for p in ps)
    pitches = [b - a for a, b in zip(columns, [*columns[1:], right], strict=True)]
    body_top = min((p.top for ps in found for p in ps
                    if p.top > top + level and _column_of(columns, p.x0, p.x1) == 0), default=float("inf"))
    rows: list[list[Cell]] = []
    row_tops: list[float] = []
    end = i + 1
    for k, pieces in enumerate(found, start=i):
        body = [p for p in pieces if abs(p.top - top) > level]
        placed = [(p, _column_of(columns, p.x0, p.x1)) for p in body]
        if any(col is None for _, col in placed):
            break  # a line that straddles columns: prose after the table
        for p, col in sorted(placed, key=lambda pc: (pc[0].top, pc[0].x0)):
            assert col is not None
            if p.top < body_top - level and not _HAS_DIGIT.search(p.cell.text) \
                    and _wraps(seg, heads[col][-1], p, pitches[col]):
                heads[col].append(p)  # the rest of a header cell that wraps
            else:
                _place(rows, row_tops, p, col, len(columns), level, seg.text)
        end = k + 1
    header_cells = [_joined([p.cell for p in pieces]) for pieces in heads]
    return (Table(header_cells, rows) if rows else None), end


_HAS_DIGIT = re.compile(r"\d")
# A header line is full (its cell wrapped) when it and the next word take this share of the column.
FULL_LINE = 0.8


def _wraps(seg: Segment, line: _Piece, below: _Piece, pitch: float) -> bool:
    """Whether ``below`` continues the header cell whose last line is ``line``: the line is level
    with its column and the first word below would not have fitted on it (a header cell "Event" with
    the end of a row from the page before under it is no "Event where the GP …")."""
    assert seg.boxes is not None
    word = re.match(r"\s*\S+", below.cell.text)
    extent = _x_extent(seg.boxes, below.cell.start, below.cell.start + word.end()) if word else None
    if extent is None or abs(below.x0 - line.x0) > COLUMN_TOLERANCE:
        return False
    return (line.x1 - line.x0) + (extent[1] - extent[0]) > FULL_LINE * pitch


def _place(rows: list[list[Cell]], row_tops: list[float], piece: _Piece, col: int, width: int,
           level: float, text: str) -> None:
    """Put a body piece in its row: a first-column value starts a row, unless it is the next line of the row's
    first cell; other pieces join the row level with them or above them (a cell continuing on the next line of
    the same row joins its first line when it follows it in the text)."""
    row = next((r for r in range(len(rows) - 1, -1, -1) if row_tops[r] <= piece.top + level), None)
    # (a first-column piece the text runs straight on to from the row's first cell is that cell's next line:
    # "Ilona" / "Szabó-Jennings", written cell by cell, is one name and one row)
    if row is None or (col == 0 and rows[row][0].segment_id and piece.top > row_tops[row] + level
                       and not (piece.cell.segment_id == rows[row][0].segment_id
                                and _adjacent(rows[row][0], piece.cell))):
        rows.append([Cell("", 0, 0, "") for _ in range(width)])
        row_tops.append(piece.top)
        row = len(rows) - 1
    cell = rows[row][col]
    if not cell.segment_id:
        rows[row][col] = piece.cell
    elif piece.cell.segment_id == cell.segment_id and _adjacent(cell, piece.cell):
        rows[row][col] = Cell(cell.segment_id, cell.start, piece.cell.end, text[cell.start:piece.cell.end])
    else:  # a second value in one cell that cannot be joined: a row of its own, under the same header
        extra = [Cell("", 0, 0, "") for _ in range(width)]
        extra[col] = piece.cell
        rows.append(extra)
        row_tops.append(row_tops[row])


def _adjacent(a: Cell, b: Cell) -> bool:
    """Whether ``b`` follows ``a`` in the page text with only spaces between (one wrapped cell)."""
    return 0 <= b.start - a.end <= 1


def _joined(cells: list[Cell]) -> Cell:
    """One header cell from its wrapped lines (its position is its first line's)."""
    if len(cells) == 1:
        return cells[0]
    text = " ".join(c.text.strip() for c in cells)
    return Cell(cells[0].segment_id, cells[0].start, cells[0].end, text)


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _wrapped_pieces(boxes: CharBoxes, cell: Cell) -> list[Cell]:
    """A cell's text cut where it wraps back to the left (the next line of another cell joined to it), but not
    inside a word: a value the cell's width cut ("M8373054521" / "73") was read as one word, no space between."""
    pieces: list[Cell] = []
    begin = cell.start
    lefts = boxes.array()[cell.start:cell.end, 0]
    boxed = np.flatnonzero(~np.isnan(lefts))
    xs = lefts[boxed]
    for k in np.flatnonzero(xs[1:] < xs[:-1] - COLUMN_TOLERANCE) + 1:
        i = cell.start + int(boxed[k])
        if i > cell.start and not cell.text[i - cell.start - 1].isspace():
            continue
        pieces.append(Cell(cell.segment_id, begin, i, cell.text[begin - cell.start:i - cell.start]))
        begin = i
    pieces.append(Cell(cell.segment_id, begin, cell.end, cell.text[begin - cell.start:]))
    return pieces


def tables(document: Document) -> list[Table]:
    """Every table found in the document."""
    found: list[Table] = []
    grid: dict[tuple[str, int], dict[int, dict[int, Cell]]] = defaultdict(lambda: defaultdict(dict))
    for seg in document.segments:
        if seg.cell is not None:
            part = seg.id.rsplit(":", 1)[0]
            table, row, col = seg.cell
            grid[(part, table)][row].setdefault(col, Cell(seg.id, 0, len(seg.text), seg.text))
        elif "\t" in seg.text and seg.kind == "page" and seg.boxes is not None:
            found.extend(_pdf_tables(seg))
        elif ("\t" in seg.text or "|" in seg.text) and seg.kind in ("page", "body"):
            found.extend(_tab_tables(seg.id, seg.text))
    for rows in grid.values():
        ordered = [rows[r] for r in sorted(rows)]
        if len(ordered) >= 2:
            width = max(max(r) for r in ordered) + 1
            as_lists = [[r.get(c, Cell("", 0, 0, "")) for c in range(width)] for r in ordered]
            found.append(Table(as_lists[0], as_lists[1:]))
    return found


def header_labels(document: Document, found: list[Table] | None = None) -> set[tuple[str, int, int]]:
    """``(segment, start, end)`` of every table header cell that is one word and no listed name or place
    ("Name", "Agency", "Timescale", or "Relationshi" cut short by wrapping), or a few words that are no one's name
    ("MISPER Ref", "Date of birth").

    A header cell labels a column; a guessed name that is exactly such a cell is not a name.
    """
    out: set[tuple[str, int, int]] = set()
    for table in tables(document) if found is None else found:
        for cell in table.header:
            text = cell.text.strip()
            if text and (_one_word_label(text) if " " not in text else _label_words(text)):
                start = cell.start + cell.text.index(text)
                out.add((cell.segment_id, start, start + len(text)))
    return out


def _one_word_label(text: str) -> bool:
    return is_english_word(text) or not (is_first_name(text) or is_surname(text) or is_uk_place(text))


_LABEL_ABBREVIATIONS = frozenset({"ref", "ref.", "no", "no.", "id", "dob", "d.o.b."})


def _label_words(text: str) -> bool:
    """Whether a header cell of a few words is a label ("MISPER Ref", "Date of birth"): each word an ordinary
    word or an acronym, none a first name or a place, and a surname only where it is a word too ("Date"): "Grace
    Hope" is someone."""
    words = text.split()
    return len(words) <= 4 and all(
        (is_english_word(w) or (w.isupper() and w.isalpha()) or w.casefold() in _LABEL_ABBREVIATIONS)
        and not is_first_name(w) and not (is_surname(w) and not is_english_word(w)) and not is_uk_place(w)
        for w in words)


def column_mentions(document: Document, found: list[Table] | None = None) -> list[Mention]:
    """Values in table columns whose header names an identifier or a date of birth."""
    out: list[Mention] = []
    for table in tables(document) if found is None else found:
        for col, head in enumerate(table.header):
            entity = cat.PERSON if is_name_column(head.text) else cat.ORGANISATION if is_body_column(head.text) \
                else column_entity(head.text)
            if entity is None:
                continue
            for row in table.rows:
                if col >= len(row) or not row[col].segment_id:
                    continue
                cell = row[col]
                span = name_in_cell(cell.text) if entity == cat.PERSON else body_in_cell(cell.text) \
                    if entity == cat.ORGANISATION else cell_value(entity, cell.text)
                if span is None:
                    continue
                a, b = cell.start + span[0], cell.start + span[1]
                header = re.sub(r"\s+", " ", head.text.strip())
                out.append(Mention(cell.segment_id, a, b, cell.text[span[0]:span[1]], entity, 0.7,
                                   "TableColumnRecognizer", f"cell under the column header '{header}'"))
    return out
