"""Redacted plain text, and a clean PDF made from text (TXT drafts, or DOCX without LibreOffice)."""

from __future__ import annotations

import html
from pathlib import Path

import pymupdf

from redactor.render_pdf import NEUTRAL_METADATA, save_clean

_CSS = """
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.3; }
p { margin: 0 0 5pt 0; white-space: pre-wrap; }
"""
PAGE = pymupdf.paper_rect("a4")
MARGIN = 56


def text_to_pdf(text: str, out: Path, title: str = "") -> None:
    """Typeset ``text`` (paragraph per line) on A4 pages and save a clean PDF to ``out``."""
    body = "".join(f"<p>{html.escape(line) or '&#160;'}</p>" for line in text.split("\n"))
    story = pymupdf.Story(html=f"<body>{body}</body>", user_css=_CSS)
    tmp = out.with_name(out.name + ".story")
    writer = pymupdf.DocumentWriter(str(tmp))
    where = pymupdf.Rect(PAGE.x0 + MARGIN, PAGE.y0 + MARGIN, PAGE.x1 - MARGIN, PAGE.y1 - MARGIN)
    more = True
    while more:
        device = writer.begin_page(PAGE)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    try:
        with pymupdf.open(tmp) as doc:
            doc.set_metadata({**NEUTRAL_METADATA, "title": title})
            save_clean(doc, out)
    finally:
        tmp.unlink(missing_ok=True)
