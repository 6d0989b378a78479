"""A clean PDF typeset from plain text (TXT drafts, or Word drafts when LibreOffice is missing).

Text is set line by line with MuPDF's built-in Helvetica through a TextWriter: no shaping, so no
ligatures ("ﬁ") that would change the extracted text. A tab (between table cells) becomes a gap with
no character in it, so the PDF reads back cell by cell as the draft has it: "3 | March 2014" is
never the words "3 March 2014" in the output.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pymupdf

from redactor.render_pdf import neutralise_metadata, save_clean

PAGE = pymupdf.paper_rect("a4")
MARGIN = 56.0
FONT_SIZE = 10.5
LEADING = FONT_SIZE * 1.35
PARAGRAPH_GAP = FONT_SIZE * 0.5
TAB_SPACES = 4  # a tab is as wide as this many spaces


@cache
def _font() -> pymupdf.Font:
    return pymupdf.Font("helv")


class _Widths(dict[str, float]):
    """Advance width of each character at FONT_SIZE, measured once (MuPDF calls are slow per character)."""

    def __missing__(self, ch: str) -> float:
        width = self[" "] * TAB_SPACES if ch == "\t" else float(_font().text_length(ch, fontsize=FONT_SIZE))
        self[ch] = width
        return width


_WIDTHS = _Widths()


def text_width(text: str) -> float:
    """Width of ``text`` in points at FONT_SIZE (no kerning, as MuPDF sets it)."""
    return sum(_WIDTHS[ch] for ch in text)


def wrap(line: str, width: float) -> list[str]:
    """Break one paragraph into lines no wider than ``width`` points (long words are split)."""
    space = _WIDTHS[" "]
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in line.split(" "):
        w = text_width(word)
        if not current or used + space + w <= width:
            if current:
                used += space
            current.append(word)
            used += w
            if used <= width:
                continue
            current.pop()
            used = 0.0
            if current:
                lines.append(" ".join(current))
            current = []
        else:
            lines.append(" ".join(current))
            current = []
            used = 0.0
        while text_width(word) > width:
            cut = len(word)
            while cut > 1 and text_width(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = [word]
        used = text_width(word)
    lines.append(" ".join(current))
    return lines


def text_to_pdf(text: str, out: Path, title: str = "") -> None:
    """Typeset ``text`` (a paragraph per line) on A4 pages and save a clean PDF to ``out``."""
    font = _font()
    width = PAGE.width - 2 * MARGIN
    doc = pymupdf.open()
    page = None
    writer = None
    y = 0.0

    def new_page() -> None:
        nonlocal page, writer, y
        if page is not None and writer is not None:
            writer.write_text(page)
        page = doc.new_page(width=PAGE.width, height=PAGE.height)
        writer = pymupdf.TextWriter(page.rect)
        y = MARGIN + FONT_SIZE

    new_page()
    for paragraph in text.split("\n"):
        for line in wrap(paragraph, width):
            if y > PAGE.height - MARGIN:
                new_page()
            assert writer is not None
            x = MARGIN
            for cell in line.split("\t"):
                if cell:
                    writer.append((x, y), cell, font=font, fontsize=FONT_SIZE)
                x += text_width(cell) + _WIDTHS["\t"]
            y += LEADING
        y += PARAGRAPH_GAP
    assert page is not None and writer is not None
    writer.write_text(page)
    neutralise_metadata(doc, title)
    save_clean(doc, out)
    doc.close()
