"""Load a PDF draft: page text with character boxes, plus every container place text can hide."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pymupdf

from recognizers import gazetteer as gz
from redactor.document import SUPERSCRIPT_DIGITS, CharBoxes, Document, Segment
from redactor.errors import InputError, PasswordError
from redactor.ocr import read_pictures
from redactor.progress import Progress

# Expand ligatures (so "ﬁ" reads "fi"), keep whitespace, and do not clip to the media box:
# text placed outside the visible page is still in the file and must be found.
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE
# What MuPDF raises on a damaged file: its own error classes are not RuntimeErrors.
PDF_ERRORS = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)


def open_pdf(path: Path, password: str | None = None) -> pymupdf.Document:
    """Open a PDF for reading, turning library failures into one-line input errors.

    Args:
        path: The PDF.
        password: Its user or owner password, if it is encrypted (ignored otherwise).

    Raises:
        PasswordError: Encrypted and the password is missing or wrong.
        InputError: Unreadable or not a PDF.
    """
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, *PDF_ERRORS) as exc:
        raise InputError(f"{path.name}: not a readable PDF ({_short(exc)})") from exc
    if doc.needs_pass and not (password and doc.authenticate(password)):
        doc.close()
        if password:
            raise PasswordError(f"{path.name}: the password is wrong; the PDF could not be opened", wrong=True)
        raise PasswordError(f"{path.name}: the PDF is password-protected; give its password (--password)",
                            wrong=False)
    if doc.page_count == 0:
        repaired = doc.is_repaired
        doc.close()
        if repaired:
            raise InputError(f"{path.name}: the PDF is damaged or cut short (an interrupted download or copy?): "
                             "no page could be read; get the file again")
        raise InputError(f"{path.name}: the PDF has no pages")
    return doc


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:120] if text else type(exc).__name__


def page_segment(page: pymupdf.Page) -> Segment:
    """Build the text segment of one page: blocks separated by newlines, lines joined by spaces.

    A block that is the next cell of the row the block before ends with (a producer may write each
    cell as a block) follows a tab instead (see :func:`_next_cell`).

    Cells side by side on a row are joined by tabs, and a row of cells after another row of cells
    starts a new line, even when its last cell reaches the block's right edge (a table that a
    producer such as LibreOffice writes as one block): joined by a space, the next row would run
    into the last cell and the table could not be read by column.
    """
    raw: dict[str, Any] = page.get_text("rawdict", flags=TEXT_FLAGS)
    chars: list[str] = []
    boxes = CharBoxes()
    last_block: list[tuple[float, ...]] = []
    columns: list[float] = []  # where the cells of the page's table rows start
    for block in raw["blocks"]:
        if block.get("type") != 0:
            continue
        bboxes = [tuple(line["bbox"]) for line in block["lines"]]
        # A block that is the next cell of a row is a table's: its lines are cells, never a justified line's
        # words, though values of one width in equal columns ("15/08/91 3629558 3629558") have equal gaps.
        in_row = bool(chars) and chars[-1] != "\n" and bool(bboxes) \
            and _next_cell(last_block, bboxes[0], tuple(block["bbox"]))
        if chars and chars[-1] != "\n":
            chars.append("\t" if in_row else "\n")
            boxes.append(None)
        last_block = bboxes
        prev: tuple[float, ...] | None = None
        block_right = float(block["bbox"][2])
        block_width = max(1.0, block_right - float(block["bbox"][0]))
        cells = _cells_per_row(bboxes)
        texts = ["".join(ch["c"] for span in line["spans"] for ch in span["chars"]) for line in block["lines"]]
        inks = [_ink(line) for line in block["lines"]]
        # Pieces that start where the page's table columns start are cells ("27/02/09 6098617 6098617 –", the
        # rest of a row whose middle cell wrapped over many lines, cut into a block of its own).
        spread = [False] * len(bboxes) if in_row or _on_columns(bboxes, cells, columns) \
            else _justified_rows(bboxes, cells, texts)
        columns.extend(b[0] for b, n in zip(bboxes, cells, strict=True) if n >= _TABLE_CELLS)
        for k, line in enumerate(block["lines"]):
            bbox = bboxes[k]
            words_on = spread[k] and prev is not None and _same_row(prev, bbox)  # the next word of a spread line
            if prev is not None and chars and not chars[-1].isspace() \
                    and not breaks_word(texts[k - 1], prev, texts[k], bbox, inks, _first_width(line)) \
                    and not (words_on and texts[k][:1].isspace()):
                between_rows = not _same_row(prev, bbox) and (
                    (cells[k] > 1 and (cells[k - 1] > 1 or _back_to_the_left(prev, bbox, cells[:k])))
                    or (cells[k - 1] > 1 and not spread[k - 1] and _in_a_later_column(bboxes, k)))
                chars.append("\n" if between_rows else " " if words_on
                             else _line_separator(prev, bbox, block_right, block_width))
                boxes.append(None)
            elif prev is not None and chars and chars[-1] == " " and not words_on and _same_row(prev, bbox):
                # A cell's line ending in a space (the rest of the cell is on the next page) is still
                # followed by the row's next cell: that space is the cell's end, read as a tab.
                chars[-1] = "\t"
            prev = bbox
            for span in line["spans"]:
                span_chars = span["chars"]
                if not span_chars:
                    continue
                # A raised footnote mark ("… 387131669.²") is no digit of the text before it; a raised
                # span holding words (a pseudonym set smaller in a name's box) is no mark.
                marks = SUPERSCRIPT_DIGITS if span["flags"] & pymupdf.TEXT_FONT_SUPERSCRIPT \
                    and _FOOTNOTE_MARK.fullmatch("".join(ch["c"] for ch in span_chars)) else None
                chars.extend(" " if ch["c"] in "\r\n" else ch["c"].translate(marks) if marks else ch["c"]
                             for ch in span_chars)
                boxes.extend([v for ch in span_chars for v in ch["bbox"]], [float(span["size"])] * len(span_chars))
    return Segment(
        id=f"page:{page.number}", kind="page", text="".join(chars), where=f"page {page.number + 1}",
        page=page.number, boxes=boxes,
    )


_A_THEN_NAME = re.compile(r"a [A-Z][\w'\u2019-]+")
_FOOTNOTE_MARK = re.compile(r"[\d\s,\-\u2013*\u2020\u2021]+")
_ADDRESS_PART = re.compile(r"[^\W_][/@.][^\W_]|^(?:https?:|www\.)", re.IGNORECASE)  # a web or e-mail address
_ADDRESS_END = re.compile(r"\.(?:uk|com|org|net|gov|info|io|eu)$", re.IGNORECASE)  # ... that may be whole
_FIRST_WORD = re.compile(r"[^\W_]+")
_EMAIL_LOCAL = re.compile(r"[\w.+-]*[^\W_]")  # an e-mail address's part before its "@"
_PATH_START = re.compile(r"/(?:[\w.@/-]*[^\W_])?|@[\w.@/-]*[^\W_]")  # a web address's path or handle, starting a line
_HANDLE = re.compile(r"@[\w.]*[^\W\d_][\w.]*")  # a social-media handle
_DOMAIN_AFTER_AT = re.compile(r"@[^\W_][\w-]*(?:\.[\w-]+)+")  # ... and the "@" and domain after it
_HYPHEN_END = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff])-$")  # (a vowel sign too: "रेड्डी-")


def breaks_word(above: str, a: tuple[float, ...], below: str, b: tuple[float, ...],
                lines: list[tuple[float, ...]], first: float | None = None) -> bool:
    """Whether the break between two lines of a block falls inside one word.

    A line that ends in a hyphen after a letter or digit goes on in the next line starting under it
    ("Quillon-" / "Abara", "NY-27-97-" / "89-D"): the two read as one word, hyphen kept.

    A table cell narrower than a word goes on over the next line with no space and no hyphen
    ("Relationshi" / "p", "F20850" / "118357"). That happens only to a word alone on its line that
    fills its column (no line of the block starting at its left reaches further right than the rest's
    first character, ``first`` wide, would have: ``lines`` are the lines' boxes up to their last
    character that is not a space),
    with the rest starting directly under it; and the halves read as one word: digits on both sides,
    or a lower-case rest where the first half is no dictionary word and either the whole is one
    ("Relationship") or the rest is none either ("Sakalausk" / "as"; a rest of one or two letters is a word
    only as a function word, and an article only where English would write that one: "Grandpare" / "nt",
    "Anjolaoluw" / "a Oloyede"); or the first half is part of a
    web or e-mail address not ending in a domain ("(facebook.com/rysza" / "rd.reichel.9)"), which
    has no spaces, or an e-mail address's part before its "@" with the domain on the next line ("kelly.okafor35" /
    "@outlook.com"), a web address before its path ("instagram.com" / "/jo_okafor67") and a handle before its
    digits ("@kelly_marsh" / "47"). "Subject" / "child" stays two.
    """
    word = above.strip()
    # An address cut where the next line starts with a mark no word starts with: an e-mail address before its "@"
    # ("kelly.okafor35" / "@outlook.com"), a web address before its path or handle ("instagram.com" / "/jo_okafor67").
    at_cut = bool(word) and ((_EMAIL_LOCAL.fullmatch(word) is not None and _DOMAIN_AFTER_AT.match(below) is not None)
                             or (_ADDRESS_PART.search(word) is not None and _PATH_START.match(below) is not None))
    if not word or not (below[:1].isalnum() or at_cut):
        return False
    height = a[3] - a[1]
    if abs(b[0] - a[0]) > 1.5 or not a[3] - 0.5 * height <= b[1] <= a[3] + height:
        return False
    if _HYPHEN_END.search(above):
        return True  # "Quillon-" / "Abara", "NY-27-97-" / "89-D": broken after a hyphen
    if word == "/" and below[:1].isalnum():
        return True  # an address's slash on a line of its own ("instagram.com" / "/" / "kelly_okafor84")
    if any(c.isspace() for c in word):
        return False
    # The rest's first character would not have fitted (its width, or the rest's mean character width).
    room = first if first is not None else (b[2] - b[0]) / max(1, len(below.rstrip()))
    if any(abs(line[0] - a[0]) <= 1.5 and line[2] > a[2] + room for line in lines):
        return False
    if at_cut:
        return True
    rest = _FIRST_WORD.match(below)
    if rest is None:
        return False
    tail = rest.group()
    if word[-1].isdigit() and tail[0].isdigit():
        return True
    if _HANDLE.fullmatch(word) and tail.isdigit():
        return True  # a handle has no spaces: "@kelly_marsh" / "47"
    if _ADDRESS_PART.search(word) and not _ADDRESS_END.search(word) and tail[0].isalnum():
        return True  # an address has no spaces: "(facebook.com/rysza" / "rd.reichel.9)" is one
    if word[-1].isalpha() and len(tail) == 1 and tail.islower() and tail not in "ai" and below.strip() == tail:
        return True  # one letter alone that is no word ends the word above, a word or not ("Napoleon" / "e")
    if not (word[-1].isalpha() and tail[0].islower()) or gz.is_english_word(word):
        return False
    # A rest of one or two letters is a word of its own only as a function word ("of", "to"), not "nt"; and only
    # where more words follow it in the cell: a name's last letters ("Stankeviči" / "us") end it, no cell ends in a
    # function word.
    # A lower-case "i" is no word at all (the pronoun is "I"): "SimphiweyiNkos" / "i Mahamba".
    # Nor is "a" before a vowel, or "an" before a consonant, where English writes the other article ("Anjolaoluw" /
    # "a Oloyede"): the name's last letters.
    after = below[rest.end():].lstrip()[:1]
    wrong_article = (tail == "a" and after in "AEIOUaeiou" and after != "") or (
        tail == "an" and after.isalpha() and after not in "AEIOUaeiou") or (
        # (… nor "a" before a name that ends the cell, under a capitalised word: "Nomalang" / "a Mshengu")
        tail == "a" and word[:1].isupper() and _A_THEN_NAME.fullmatch(below.strip()) is not None)
    rest_is_word = gz.is_english_word(tail) and tail != "i" and not wrong_article and (len(tail) > 2 or (
        tail in gz.FUNCTION_WORDS and not (below.strip() == tail and word[:1].isupper())))
    return gz.is_english_word(word + tail) or not rest_is_word


def _same_row(prev: tuple[float, ...], line: tuple[float, ...]) -> bool:
    """Whether ``line`` is the next cell to the right of ``prev`` on the same row."""
    return line[1] < prev[3] - 0.3 * (prev[3] - prev[1]) and line[0] > prev[2]


def _back_to_the_left(prev: tuple[float, ...], line: tuple[float, ...], cells_before: list[int]) -> bool:
    """Whether ``line`` starts the next row of a table under a row whose last cell wrapped ("NHS" /
    "number"): the block has had a row of cells, and the line starts below ``prev`` and left of it (a
    wrapped cell goes on under its own start)."""
    return any(n > 1 for n in cells_before) and line[1] >= prev[1] and line[0] < prev[0] - 1.5


def _in_a_later_column(bboxes: list[tuple[float, ...]], k: int) -> bool:
    """Whether line ``k``, alone on its row, starts under the row of cells above it, right of that row's first cell
    and left of its last: the rest of a row begun on the page before, in its own column (a wrapped cell goes on
    under its own start, and a paragraph's next line under the first word of the line above)."""
    first = k - 1
    while first > 0 and _same_row(bboxes[first - 1], bboxes[first]):
        first -= 1
    return bboxes[first][0] + 1.5 < bboxes[k][0] < bboxes[k - 1][0] - 1.5 and bboxes[k][1] >= bboxes[k - 1][1]


def _first_width(line: dict[str, Any]) -> float | None:
    """The width of a line's first character."""
    for span in line["spans"]:
        for ch in span["chars"]:
            return float(ch["bbox"][2] - ch["bbox"][0])
    return None


def _ink(line: dict[str, Any]) -> tuple[float, ...]:
    """A line's box up to its last character that is not a space (a line broken at a space ends in one)."""
    right = max((ch["bbox"][2] for span in line["spans"] for ch in span["chars"] if not ch["c"].isspace()),
                default=line["bbox"][0])
    x0, y0, _, y1 = line["bbox"]
    return (x0, y0, right, y1)


def _next_cell(before: list[tuple[float, ...]], first: tuple[float, ...], block: tuple[float, ...]) -> bool:
    """Whether a block starting with the line ``first`` is the next table cell of the row the block ``before``
    (its line boxes) ends with: a producer may write each cell of a row as a block of its own.

    The first line starts to the right of the lines of ``before`` beside it, and ``before`` ends in that
    row: it runs no further down than a few lines past the new block's end. A second column of text
    beside a long first one starts level with the first one's top, far above its end: a new line.
    """
    beside = [line for line in before if line[1] < first[3] and first[1] < line[3]]
    if not beside or any(line[2] >= first[0] for line in beside) or before[-1][2] >= first[0]:
        return False
    return before[-1][3] <= block[3] + 3 * (first[3] - first[1])


def _cells_per_row(bboxes: list[tuple[float, ...]]) -> list[int]:
    """For each line of a block, how many lines (table cells) its row has."""
    counts: list[int] = []
    run = 0
    for k, bbox in enumerate(bboxes):
        if k and _same_row(bboxes[k - 1], bbox):
            run += 1
        else:
            counts.extend([run] * run)
            run = 1
    counts.extend([run] * run)
    return counts


_TABLE_CELLS = 3  # a row of this many cells or more is a table's
_COLUMN_SLACK = 1.5  # points: a cell starts at its column's left edge


def _on_columns(bboxes: list[tuple[float, ...]], cells: list[int], columns: list[float]) -> bool:
    """Whether every row of pieces in a block starts each piece where a table row earlier on the page started
    a cell: the block holds cells of that table, never a justified line's words."""
    rows = [bboxes[k] for k, n in enumerate(cells) if n >= 2]
    return bool(columns) and len(rows) >= 2 and all(
        any(abs(b[0] - x) <= _COLUMN_SLACK for x in columns) for b in rows)


def _justified_rows(bboxes: list[tuple[float, ...]], cells: list[int], texts: list[str]) -> list[bool]:
    """For each line of a block, whether it is a word of a justified line that a producer wrote word by word.

    A line stretched to the margin (its words spread because the next word, a long e-mail address,
    did not fit) can come out as one line per word, side by side like table cells. Justification
    puts the same space between every two words, whatever their lengths; table columns do not (a
    cell starts at its column, so the space after a word depends on the word): four or more pieces,
    each one word, with equal gaps are one line of words, joined by spaces ("on +44 115 496 0864"
    stays a number). Three cells can have equal gaps by chance (equal columns holding values of one
    width), and a text typeset with a fixed gap for each tab has equal gaps between cells of several
    words ("21 | February 2018 | Ofsted | In February …"): those stay cells. (A block that goes on with a
    row of cells is read as cells, whatever its gaps: see :func:`page_segment`.)
    """
    out = [False] * len(bboxes)
    k = 0
    while k < len(bboxes):
        n = max(1, cells[k])
        if n >= 4:
            row = bboxes[k:k + n]
            gaps = [b[0] - a[2] for a, b in itertools.pairwise(row)]
            if min(gaps) > 0 and max(gaps) - min(gaps) <= 0.5 and all(len(t.split()) <= 1 for t in texts[k:k + n]):
                out[k:k + n] = [True] * n
        k += n
    return out


def _line_separator(prev: tuple[float, ...], line: tuple[float, ...], block_right: float,
                    block_width: float) -> str:
    """How two consecutive lines of a block join in the text.

    A line to the right on the same row is the next table cell: a tab, as in text exports of
    tables. A line after one that stopped well short of the block's right edge starts a new
    paragraph or follows a heading: a newline, so "Lessons Learnt" and the name on the next line
    are not read as one name. Otherwise the paragraph wraps: a space, so a name split across
    lines stays whole.
    """
    if _same_row(prev, line):
        return "\t"
    if block_right - prev[2] > 0.3 * block_width:
        return "\n"
    return " "


KEPT_BOX_CHARS = 1_000_000  # characters of non-table pages whose boxes stay loaded (36 MB at most)


def _kept(segs: Iterable[Segment]) -> list[Segment]:
    """Pages' segments as a loaded document keeps them: character boxes where a table is read from
    them, and for the first pages up to :data:`KEPT_BOX_CHARS` characters.

    Boxes take 36 bytes a character (about 100 KB a page). A page with a tab (a table row) keeps
    them for the analysis of its columns. Other pages keep them while the budget lasts (a draft of
    up to about 350 pages keeps them all: the renderer need not read its pages again); the renderer
    reads any later page's boxes again from the draft when it redacts that page, one page at a time,
    so memory stops growing with the page count.
    """
    out: list[Segment] = []
    budget = KEPT_BOX_CHARS
    for seg in segs:
        if "\t" not in seg.text:
            if len(seg.text) > budget:
                seg = replace(seg, boxes=None)
            else:
                budget -= len(seg.text)
        out.append(seg)
    return out


def container_segments(doc: pymupdf.Document) -> list[Segment]:
    """Text outside the page content: metadata, XMP, annotations, form fields, outline, files, links."""
    segs: list[Segment] = []
    for key, value in (doc.metadata or {}).items():
        if value and key not in ("format", "encryption"):
            segs.append(Segment(f"meta:{key}", "metadata", str(value), f"metadata {key}"))
    xmp = doc.get_xml_metadata() or ""
    if xmp.strip():
        text = " ".join(t.strip() for t in re.split(r"<[^>]+>", xmp) if t.strip())
        segs.append(Segment("meta:xmp", "metadata", text, "XMP metadata"))
    for page in doc:
        for i, annot in enumerate(page.annots() or []):
            info = annot.info or {}
            for field in ("content", "title", "subject", "name"):
                value = info.get(field)
                if value:
                    segs.append(Segment(f"annot:{page.number}:{i}:{field}", "annotation", str(value),
                                        f"page {page.number + 1} annotation {field}", page=page.number))
        for i, widget in enumerate(page.widgets() or []):
            for field in ("field_name", "field_value", "field_label"):
                value = getattr(widget, field, None)
                if value:
                    segs.append(Segment(f"widget:{page.number}:{i}:{field}", "form_field", str(value),
                                        f"page {page.number + 1} form field", page=page.number))
        for i, link in enumerate(page.get_links()):
            uri = link.get("uri")
            if uri:
                segs.append(Segment(f"link:{page.number}:{i}", "link", str(uri),
                                    f"page {page.number + 1} link", page=page.number))
    for i, entry in enumerate(doc.get_toc(simple=True)):
        segs.append(Segment(f"toc:{i}", "bookmark", str(entry[1]), f"bookmark {i + 1}"))
    for i in range(doc.embfile_count()):
        info = doc.embfile_info(i)
        text = " ".join(str(info.get(k) or "") for k in ("filename", "ufilename", "desc")).strip()
        if text:
            segs.append(Segment(f"embfile:{i}", "embedded_file", text, f"embedded file {i + 1}"))
    return segs


def load_pdf(path: Path, sha256: str, password: str | None = None,
             progress: Callable[[Progress], None] | None = None) -> Document:
    """Load a PDF draft; pages without a usable text layer, and pictures, are read by OCR.

    Raises:
        PasswordError: Encrypted and the password is missing or wrong.
        InputError: Corrupt, or with nothing to read.
    """
    with open_pdf(path, password) as doc:
        try:
            pages = _kept(page_segment(page) for page in doc)
            reading = read_pictures(doc, pages, progress)
            containers = container_segments(doc)
        except PDF_ERRORS as exc:
            raise InputError(f"{path.name}: the PDF is damaged ({_short(exc)})") from exc
        if not any(s.text.strip() for s in reading.pages) and not reading.unread_pages and not reading.pictures:
            raise InputError(f"{path.name}: the PDF contains no text")
        return Document(path, "pdf", sha256, tuple(reading.pages + reading.pictures + containers), doc.page_count,
                        tuple(reading.warnings), tuple(reading.images), tuple(reading.ocr_pages),
                        tuple(reading.unread_pages), password=password or None)
