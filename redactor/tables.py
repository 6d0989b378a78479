"""Tables in a draft, as header cells and body cells, whatever the format.

TXT and PDF tables arrive as tab-separated lines (the PDF loader puts a tab between cells on one
row); Word tables as one segment per cell paragraph with its (table, row, column).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from recognizers import catalogue as cat
from recognizers.gazetteer import is_english_word, is_first_name, is_surname, is_uk_place
from recognizers.table_columns import cell_value, column_entity, is_name_column, name_in_cell
from redactor.analysis import Mention
from redactor.document import CharBoxes, Document, Segment


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
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        ncols = line.count("\t")
        if ncols == 0:
            i += 1
            continue
        block = [(start, line)]
        j = i + 1
        while j < len(lines) and lines[j][1].count("\t") == ncols:
            block.append(lines[j])
            j += 1
        if len(block) >= 2:
            rows = [_cells(seg_id, s, ln) for s, ln in block]
            yield Table(rows[0], rows[1:])
        i = j


def _cells(seg_id: str, start: int, line: str) -> list[Cell]:
    cells = []
    pos = start
    for part in line.split("\t"):
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


def _pdf_tables(seg: Segment) -> Iterator[Table]:
    """Tables on a PDF page, read by position: each cell goes to the column whose header it sits under.

    A row whose cell wraps onto several lines ("Young Person A, care leaver" over two lines) comes out
    of the page as several lines with fewer tabs; placing every piece by its x position keeps the
    date of birth under "Date of birth" however the row was broken.
    """
    assert seg.boxes is not None
    lines = _lines(seg.text)
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if "\t" not in line:
            i += 1
            continue
        header = _cells(seg.id, start, line)
        extents = [_x_extent(seg.boxes, c.start, c.end) for c in header]
        if any(e is None for e in extents):
            i += 1
            continue
        columns = [e[0] for e in extents if e is not None]
        if columns != sorted(columns):
            i += 1
            continue
        rows: list[list[Cell]] = []
        j = i + 1
        head = _y_extent(seg.boxes, start, start + len(line))
        bottom = head[1] if head else 0.0
        while head is not None and j < len(lines):
            span = _y_extent(seg.boxes, lines[j][0], lines[j][0] + len(lines[j][1]))
            if span is None or span[0] - bottom > 2 * (head[1] - head[0]):
                break  # a gap of two lines: the table has ended (a footer, the next paragraph)
            placed = _placed_rows(seg, lines[j], columns)
            if placed is None:
                break
            rows.extend(placed)
            bottom = max(bottom, span[1])
            j += 1
        if rows:
            yield Table(header, rows)
        i = max(j, i + 1)


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _wrapped_pieces(boxes: CharBoxes, cell: Cell) -> list[Cell]:
    """A cell's text cut where it wraps back to the left (the next line of another cell joined to it)."""
    pieces: list[Cell] = []
    begin = cell.start
    lefts = boxes.array()[cell.start:cell.end, 0]
    boxed = np.flatnonzero(~np.isnan(lefts))
    xs = lefts[boxed]
    for k in np.flatnonzero(xs[1:] < xs[:-1] - COLUMN_TOLERANCE) + 1:
        i = cell.start + int(boxed[k])
        pieces.append(Cell(cell.segment_id, begin, i, cell.text[begin - cell.start:i - cell.start]))
        begin = i
    pieces.append(Cell(cell.segment_id, begin, cell.end, cell.text[begin - cell.start:]))
    return pieces


def _placed_rows(seg: Segment, line: tuple[int, str], columns: list[float]) -> list[list[Cell]] | None:
    """One line's cells placed in the header's columns, or ``None`` when the line is not part of the table.

    Pieces of a wrapped cell that land in a column already filled on this line start another row.
    """
    assert seg.boxes is not None
    start, text = line
    if not text.strip():
        return None
    rows: list[list[Cell]] = []
    for cell in (piece for part in _cells(seg.id, start, text) for piece in _wrapped_pieces(seg.boxes, part)):
        if not cell.text.strip():
            continue
        extent = _x_extent(seg.boxes, cell.start, cell.end)
        if extent is None:
            return None
        col = _column_of(columns, *extent)
        if col is None:
            return None
        row = next((r for r in rows if not r[col].segment_id), None)
        if row is None:
            row = [Cell("", 0, 0, "") for _ in columns]
            rows.append(row)
        row[col] = cell
    return rows


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
        elif "\t" in seg.text and seg.kind in ("page", "body"):
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
    ("Name", "Agency", "Timescale", or "Relationshi" cut short by wrapping).

    A header cell labels a column; a guessed name that is exactly such a cell is not a name.
    """
    out: set[tuple[str, int, int]] = set()
    for table in tables(document) if found is None else found:
        for cell in table.header:
            text = cell.text.strip()
            if text and " " not in text and (is_english_word(text) or not (
                    is_first_name(text) or is_surname(text) or is_uk_place(text))):
                start = cell.start + cell.text.index(text)
                out.add((cell.segment_id, start, start + len(text)))
    return out


def column_mentions(document: Document, found: list[Table] | None = None) -> list[Mention]:
    """Values in table columns whose header names an identifier or a date of birth."""
    out: list[Mention] = []
    for table in tables(document) if found is None else found:
        for col, head in enumerate(table.header):
            entity = cat.PERSON if is_name_column(head.text) else column_entity(head.text)
            if entity is None:
                continue
            for row in table.rows:
                if col >= len(row) or not row[col].segment_id:
                    continue
                cell = row[col]
                span = name_in_cell(cell.text) if entity == cat.PERSON else cell_value(entity, cell.text)
                if span is None:
                    continue
                a, b = cell.start + span[0], cell.start + span[1]
                header = re.sub(r"\s+", " ", head.text.strip())
                out.append(Mention(cell.segment_id, a, b, cell.text[span[0]:span[1]], entity, 0.7,
                                   "TableColumnRecognizer", f"cell under the column header '{header}'"))
    return out
