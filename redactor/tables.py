"""Tables in a draft, as header cells and body cells, whatever the format.

TXT and PDF tables arrive as tab-separated lines (the PDF loader puts a tab between cells on one
row); Word tables as one segment per cell paragraph with its (table, row, column).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from recognizers.gazetteer import is_english_word
from recognizers.table_columns import cell_value, column_entity
from redactor.analysis import Mention
from redactor.document import Document


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


def tables(document: Document) -> list[Table]:
    """Every table found in the document."""
    found: list[Table] = []
    grid: dict[tuple[str, int], dict[int, dict[int, Cell]]] = defaultdict(lambda: defaultdict(dict))
    for seg in document.segments:
        if seg.cell is not None:
            part = seg.id.rsplit(":", 1)[0]
            table, row, col = seg.cell
            grid[(part, table)][row].setdefault(col, Cell(seg.id, 0, len(seg.text), seg.text))
        elif "\t" in seg.text and seg.kind in ("page", "body"):
            found.extend(_tab_tables(seg.id, seg.text))
    for rows in grid.values():
        ordered = [rows[r] for r in sorted(rows)]
        if len(ordered) >= 2:
            width = max(max(r) for r in ordered) + 1
            as_lists = [[r.get(c, Cell("", 0, 0, "")) for c in range(width)] for r in ordered]
            found.append(Table(as_lists[0], as_lists[1:]))
    return found


def header_labels(document: Document) -> set[tuple[str, int, int]]:
    """``(segment, start, end)`` of every table header cell that is an ordinary word ("Name", "Agency").

    A header cell labels a column; a guessed name that is exactly such a cell is not a name.
    """
    out: set[tuple[str, int, int]] = set()
    for table in tables(document):
        for cell in table.header:
            text = cell.text.strip()
            if text and " " not in text and is_english_word(text):
                start = cell.start + cell.text.index(text)
                out.add((cell.segment_id, start, start + len(text)))
    return out


def column_mentions(document: Document) -> list[Mention]:
    """Values in table columns whose header names an identifier or a date of birth."""
    out: list[Mention] = []
    for table in tables(document):
        for col, head in enumerate(table.header):
            entity = column_entity(head.text)
            if entity is None:
                continue
            for row in table.rows:
                if col >= len(row) or not row[col].segment_id:
                    continue
                cell = row[col]
                span = cell_value(entity, cell.text)
                if span is None:
                    continue
                a, b = cell.start + span[0], cell.start + span[1]
                header = re.sub(r"\s+", " ", head.text.strip())
                out.append(Mention(cell.segment_id, a, b, cell.text[span[0]:span[1]], entity, 0.7,
                                   "TableColumnRecognizer", f"cell under the column header '{header}'"))
    return out
